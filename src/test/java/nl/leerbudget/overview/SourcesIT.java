package nl.leerbudget.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.LearningAccountView;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.rights.Rights;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.support.ActingAs;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import nl.leerbudget.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Where the money of each compartment comes from, for a person with compartments of every kind of funder: the
 * funders are read together (in one query), and each compartment still gets its own funder's source, also when two
 * compartments share a funder and when the citizen, who may not see the funders' accounts, asks.
 */
@IntegrationTest
class SourcesIT {

    private static final LocalDate UNTIL = LocalDate.of(2030, 12, 31);

    @Autowired
    Ledger ledger;

    @Autowired
    Sources sources;

    @Autowired
    PersonRegistry people;

    @Test
    void everyCompartmentIsNamedByItsOwnFunder() {
        SystemActor.install();
        PersonId person;
        Map<String, AccountId> compartments;
        try {
            person = TestPeople.register(people);
            ledger.openLearningAccounts(List.of(person));
            AccountId employer = funder(person, "employer", FunderType.EMPLOYER);
            AccountId state = funder(person, "state", FunderType.STATE);
            compartments = Map.of(
                    "employer", compartment(person, "employer", employer, "Opleidingsbudget"),
                    "employer again", compartment(person, "employer again", employer, "Ontwikkelbudget"),
                    "sector fund",
                            compartment(
                                    person,
                                    "sector fund",
                                    funder(person, "sector fund", FunderType.SECTOR_FUND),
                                    "Sectorfonds"),
                    "municipality",
                            compartment(
                                    person,
                                    "municipality",
                                    funder(person, "municipality", FunderType.MUNICIPALITY),
                                    "Gemeente"),
                    "own money",
                            compartment(person, "own money", funder(person, "own", FunderType.PERSON), "Eigen geld"),
                    "state", compartment(person, "state", state, "Scholingsvoucher"),
                    "learning right", compartment(person, "learning right", state, Rights.LABEL));
        } finally {
            SystemActor.clear();
        }

        Map<AccountId, Source> found = ActingAs.run(ActingAs.citizen(person), () -> {
            List<AccountView> views = ledger.learningAccountOf(person)
                    .map(LearningAccountView::compartments)
                    .orElseThrow();
            assertThat(views).hasSize(compartments.size());
            return sources.of(views);
        });

        assertThat(found)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        compartments.get("employer"), Source.EMPLOYER,
                        compartments.get("employer again"), Source.EMPLOYER,
                        compartments.get("sector fund"), Source.SECTOR_FUND,
                        compartments.get("municipality"), Source.MUNICIPALITY,
                        compartments.get("own money"), Source.PERSON,
                        compartments.get("state"), Source.STATE,
                        compartments.get("learning right"), Source.LEARNING_RIGHT));
    }

    @Test
    void aPersonWithoutCompartmentsHasNoSources() {
        assertThat(sources.of(List.of())).isEmpty();
    }

    private AccountId funder(PersonId person, String key, FunderType type) {
        AccountId funder = AccountId.derived("sources/funder/" + person + "/" + key);
        executed(new LedgerCommand(
                CommandId.random(),
                List.of(new OpenAccount(funder, AccountKind.FUNDER, Unit.EUR, "Financier " + key, false, type, null)),
                List.of(new TransferOrder.Move(
                        SystemAccounts.settlement(Unit.EUR), funder, 1_000_000, TransferCode.TOP_UP, null))));
        return funder;
    }

    private AccountId compartment(PersonId person, String key, AccountId funder, String label) {
        AccountId compartment = AccountId.derived("sources/compartment/" + person + "/" + key);
        executed(new LedgerCommand(
                CommandId.random(),
                List.of(OpenAccount.compartment(
                        compartment,
                        Unit.EUR,
                        new CompartmentTerms(
                                LearningAccountId.of(person),
                                funder,
                                label,
                                CompartmentConditions.NONE,
                                null,
                                UNTIL,
                                ExpiryRule.RETURN_TO_FUNDER))),
                List.of(new TransferOrder.Move(funder, compartment, 10_000, TransferCode.DEPOSIT, null))));
        return compartment;
    }

    private void executed(LedgerCommand command) {
        assertThat(ledger.execute(command)).isInstanceOf(CommandResult.Executed.class);
    }
}
