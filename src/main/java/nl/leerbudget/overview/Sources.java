package nl.leerbudget.overview;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.rights.Rights;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where a compartment's money comes from, for plans and the overview alike. The learning right is the rights module's
 * compartment (by its label); the others tell by their funder's account, which the citizen may not see, so it is read
 * as the system and only its kind and funder type are used: for all compartments of a person in one query.
 */
@Component
class Sources {

    private final Ledger ledger;
    private final Actors actors;

    Sources(Ledger ledger, Actors actors) {
        this.ledger = ledger;
        this.actors = actors;
    }

    /**
     * Where each compartment's money comes from, by compartment id. Their funders' accounts are read in one query,
     * however many compartments a person has.
     *
     * @throws IllegalArgumentException for an account that is not a compartment
     */
    Map<AccountId, Source> of(Collection<AccountView> compartments) {
        Set<AccountId> funders = new HashSet<>();
        for (AccountView compartment : compartments) {
            CompartmentTerms terms = compartment.compartment();
            if (terms == null) {
                throw new IllegalArgumentException("not a compartment: " + compartment.id());
            }
            if (!Rights.LABEL.equals(compartment.name())) {
                funders.add(terms.funder());
            }
        }
        Map<AccountId, AccountView> accounts =
                funders.isEmpty() ? Map.of() : actors.asSystem(() -> ledger.accounts(funders));
        Map<AccountId, Source> sources = new HashMap<>();
        for (AccountView compartment : compartments) {
            AccountId funder = Objects.requireNonNull(compartment.compartment()).funder();
            sources.put(compartment.id(), source(compartment, accounts.get(funder)));
        }
        return sources;
    }

    /** The learning right by its label; otherwise by the funder's account (null: one the ledger does not know). */
    private static Source source(AccountView compartment, @Nullable AccountView funder) {
        if (Rights.LABEL.equals(compartment.name())) {
            return Source.LEARNING_RIGHT;
        }
        if (funder == null) {
            return Source.STATE; // a funder the ledger does not know is treated as public money
        }
        if (funder.kind() == AccountKind.SCHEME_BUDGET) {
            return Source.SCHEME;
        }
        FunderType type = funder.funderType();
        return type == null
                ? Source.STATE
                : switch (type) {
                    case EMPLOYER -> Source.EMPLOYER;
                    case SECTOR_FUND -> Source.SECTOR_FUND;
                    case MUNICIPALITY -> Source.MUNICIPALITY;
                    case STATE -> Source.STATE;
                    case PERSON -> Source.PERSON;
                };
    }
}
