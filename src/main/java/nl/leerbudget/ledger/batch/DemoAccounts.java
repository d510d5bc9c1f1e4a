package nl.leerbudget.ledger.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.shared.Demo;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.shared.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo funders, providers and people with learning accounts, for the embedded default. Every step is a ledger command
 * with a fixed id, so loading again on the next start is a harmless replay.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "leerbudget.demo-data", havingValue = true)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    static final AccountId EMPLOYER = new AccountId(Demo.EMPLOYER);
    static final AccountId SECTOR_FUND = new AccountId(Demo.SECTOR_FUND);
    static final AccountId MUNICIPALITY = new AccountId(Demo.MUNICIPALITY);
    static final AccountId STAP_BUDGET = new AccountId(Demo.STAP_BUDGET);
    static final AccountId ROC = new AccountId(Demo.ROC);
    static final AccountId OPEN_UNIVERSITY = new AccountId(Demo.OPEN_UNIVERSITY);
    static final AccountId LANGUAGE_CENTRE = new AccountId(Demo.LANGUAGE_CENTRE);

    static final PersonId FATIMA = Demo.FATIMA;
    static final PersonId JAN = Demo.JAN;
    static final PersonId SANNE = Demo.SANNE;
    static final PersonId KEES = Demo.KEES;
    static final PersonId DEMI = Demo.DEMI;

    private final Ledger ledger;
    private final Actors actors;

    DemoAccounts(Ledger ledger, Actors actors) {
        this.ledger = ledger;
        this.actors = actors;
    }

    @Override
    public void run(ApplicationArguments args) {
        actors.asSystem(this::load);
    }

    private void load() {
        List<LedgerCommand> commands = new ArrayList<>();
        commands.add(new LedgerCommand(
                CommandId.derived("demo/accounts"),
                List.of(
                        funder(EMPLOYER, "Bouwbedrijf De Vries B.V.", FunderType.EMPLOYER),
                        funder(SECTOR_FUND, "O&O-fonds Techniek", FunderType.SECTOR_FUND),
                        funder(MUNICIPALITY, "Gemeente Utrecht", FunderType.MUNICIPALITY),
                        account(STAP_BUDGET, AccountKind.SCHEME_BUDGET, "STAP-budget 2022"),
                        account(ROC, AccountKind.PROVIDER_PAYABLE, "ROC Midden Nederland"),
                        account(OPEN_UNIVERSITY, AccountKind.PROVIDER_PAYABLE, "Open Universiteit"),
                        account(LANGUAGE_CENTRE, AccountKind.PROVIDER_PAYABLE, "Taalcentrum Utrecht")),
                List.of(
                        topUp(EMPLOYER, Money.euros(50_000)),
                        topUp(SECTOR_FUND, Money.euros(250_000)),
                        topUp(MUNICIPALITY, Money.euros(25_000)),
                        topUp(STAP_BUDGET, Money.euros(1_000_000)))));
        CompartmentConditions technical = new CompartmentConditions(
                Set.of(OfferingType.MBO_CERTIFICATE, OfferingType.MICROCREDENTIAL, OfferingType.SHORT_COURSE),
                false,
                null,
                Set.of("techniek"));
        // Learning rights come from the rights module's demo histories (DemoRights), computed by the policy.
        // Fatima: mbo-2, employed in construction; an employer budget.
        commands.add(deposit(
                FATIMA,
                "werkgever",
                EMPLOYER,
                "Opleidingsbudget werkgever",
                Money.euros(1_500),
                CompartmentConditions.NONE,
                LocalDate.of(2027, 12, 31),
                ExpiryRule.RETURN_TO_FUNDER));
        // Jan: mbo-4, technician; the sector fund.
        commands.add(deposit(
                JAN,
                "sectorfonds",
                SECTOR_FUND,
                "Scholingsbudget O&O-fonds Techniek",
                Money.euros(2_500),
                technical,
                LocalDate.of(2027, 6, 30),
                ExpiryRule.RETURN_TO_FUNDER));
        // Demi: job seeker without a starting qualification; a municipality budget.
        commands.add(deposit(
                DEMI,
                "gemeente",
                MUNICIPALITY,
                "Scholingsbudget gemeente (re-integratie)",
                Money.euros(2_000),
                CompartmentConditions.NONE,
                LocalDate.of(2026, 12, 31),
                ExpiryRule.RETURN_TO_FUNDER));

        ledger.openLearningAccounts(List.of(FATIMA, JAN, SANNE, KEES, DEMI));
        long fresh = ledger.executeAll(commands).stream()
                .filter(r -> r instanceof CommandResult.Executed e && !e.replayed())
                .count();
        if (fresh > 0) {
            log.info("Demo data loaded: {} ledger commands", fresh);
        }
    }

    private static OpenAccount funder(AccountId id, String name, FunderType type) {
        return new OpenAccount(id, AccountKind.FUNDER, Unit.EUR, name, false, type, null);
    }

    private static OpenAccount account(AccountId id, AccountKind kind, String name) {
        return new OpenAccount(id, kind, Unit.EUR, name, false, null, null);
    }

    private static TransferOrder topUp(AccountId funder, Money amount) {
        return new TransferOrder.Move(
                SystemAccounts.settlement(Unit.EUR), funder, amount.cents(), TransferCode.TOP_UP, "Demo: storting");
    }

    private static LedgerCommand deposit(
            PersonId person,
            String key,
            AccountId funder,
            String label,
            Money amount,
            CompartmentConditions conditions,
            LocalDate validUntil,
            ExpiryRule rule) {
        AccountId compartment = AccountId.derived("demo/compartment/" + person + "/" + key);
        return new LedgerCommand(
                CommandId.derived("demo/deposit/" + person + "/" + key),
                List.of(OpenAccount.compartment(
                        compartment,
                        Unit.EUR,
                        new CompartmentTerms(
                                LearningAccountId.of(person), funder, label, conditions, null, validUntil, rule))),
                List.of(new TransferOrder.Move(funder, compartment, amount.cents(), TransferCode.DEPOSIT, null)));
    }
}
