package nl.leerbudget.overview;

import java.util.Objects;
import java.util.Optional;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.rights.Rights;
import org.springframework.stereotype.Component;

/**
 * Where a compartment's money comes from, for plans and the overview alike. The learning right is the rights module's
 * compartment (by its label); the others tell by their funder's account, which the citizen may not see, so it is read
 * as the system and only its kind and funder type are used.
 */
@Component
class Sources {

    private final Ledger ledger;
    private final Actors actors;

    Sources(Ledger ledger, Actors actors) {
        this.ledger = ledger;
        this.actors = actors;
    }

    /** @throws IllegalArgumentException for an account that is not a compartment */
    Source of(AccountView compartment) {
        if (compartment.compartment() == null) {
            throw new IllegalArgumentException("not a compartment: " + compartment.id());
        }
        if (Rights.LABEL.equals(compartment.name())) {
            return Source.LEARNING_RIGHT;
        }
        AccountId funder = Objects.requireNonNull(compartment.compartment()).funder();
        Optional<AccountView> account = actors.asSystem(() -> ledger.account(funder));
        if (account.isEmpty()) {
            return Source.STATE; // a funder the ledger does not know is treated as public money
        }
        if (account.get().kind() == AccountKind.SCHEME_BUDGET) {
            return Source.SCHEME;
        }
        FunderType type = account.get().funderType();
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
