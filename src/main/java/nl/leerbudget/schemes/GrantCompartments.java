package nl.leerbudget.schemes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.Transfer;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferId;
import nl.leerbudget.ledger.TransferKind;
import nl.leerbudget.schemes.domain.SchemeStore;
import nl.leerbudget.shared.IntegrityCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every granted application's compartment holds its grant (granted: the whole amount is still there, though a booking
 * may hold it) or has settled it (started or paid: the settling transfer paid exactly the grant from that compartment
 * to a provider). What the scheme's books say and what the ledger holds must agree.
 */
@Component
class GrantCompartments implements IntegrityCheck {

    static final String RULE = "GRANT_NOT_IN_ITS_COMPARTMENT";
    private static final int PAGE = 500;

    private final SchemeStore store;
    private final Ledger ledger;
    private final Actors actors;

    GrantCompartments(SchemeStore store, Ledger ledger, Actors actors) {
        this.store = store;
        this.ledger = ledger;
        this.actors = actors;
    }

    @Override
    public String description() {
        return "every granted application's compartment holds or has settled its grant";
    }

    @Override
    public List<Finding> findings(int limit) {
        return actors.asSystem(() -> {
            List<Finding> found = new ArrayList<>();
            @Nullable UUID after = null;
            while (found.size() < limit) {
                List<SchemeStore.GrantRow> grants = store.grants(after, PAGE);
                if (grants.isEmpty()) {
                    break;
                }
                for (SchemeStore.GrantRow grant : grants) {
                    String problem = problem(grant);
                    if (problem != null && found.size() < limit) {
                        found.add(new Finding(RULE, "application " + grant.application() + ": " + problem));
                    }
                }
                after = grants.getLast().application();
            }
            return found;
        });
    }

    private @Nullable String problem(SchemeStore.GrantRow grant) {
        AccountView compartment =
                ledger.account(new AccountId(grant.compartment())).orElse(null);
        if (compartment == null) {
            return "its compartment " + grant.compartment() + " does not exist";
        }
        if (grant.status().equals(ApplicationStatus.GRANTED.name())) {
            return compartment.balance() == grant.amountCents()
                    ? null
                    : "granted " + grant.amountCents() + " cents, but its compartment holds " + compartment.balance();
        }
        UUID settlement = grant.settlement();
        Transfer paid = settlement == null
                ? null
                : ledger.transfer(new TransferId(settlement)).orElse(null);
        if (paid == null
                || paid.kind() != TransferKind.POSTED
                || paid.code() != TransferCode.SPEND
                || !paid.debit().equals(compartment.id())
                || paid.amount() != grant.amountCents()) {
            return "started, but no payment of " + grant.amountCents() + " cents from its compartment settled it";
        }
        return null;
    }
}
