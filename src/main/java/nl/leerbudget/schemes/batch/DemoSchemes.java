package nl.leerbudget.schemes.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.schemes.AllocationMethod;
import nl.leerbudget.schemes.ApplicantFacts;
import nl.leerbudget.schemes.EducationLevel;
import nl.leerbudget.schemes.OpenWindow;
import nl.leerbudget.schemes.Scheme;
import nl.leerbudget.schemes.Schemes;
import nl.leerbudget.shared.Demo;
import nl.leerbudget.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data of the voucher schemes: the STAP 2022 scheme, the state's STAP budget line, what the basisregistraties
 * say about the five demo citizens, and one first-come window that is open from the first start for a year, with a
 * part of its budget reserved for people with at most mbo 4 (as the 2023 STAP compartment, F9).
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty(name = "leerbudget.demo-data", havingValue = true)
class DemoSchemes implements ApplicationRunner {

    /** The code of the demo window. */
    static final String WINDOW = "STAP-DEMO";

    static final AccountId FUNDER = AccountId.derived("demo/funder/szw-stap");

    private static final Logger log = LoggerFactory.getLogger(DemoSchemes.class);

    private final Schemes schemes;
    private final Ledger ledger;
    private final Actors actors;
    private final Clock clock;

    DemoSchemes(Schemes schemes, Ledger ledger, Actors actors, Clock clock) {
        this.schemes = schemes;
        this.ledger = ledger;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        actors.asSystem(this::load);
    }

    private void load() {
        schemes.define(Scheme.builtInText(Scheme.STAP_2022));
        ledger.execute(new LedgerCommand(
                CommandId.derived("demo/schemes/funder"),
                List.of(new OpenAccount(
                        FUNDER,
                        AccountKind.FUNDER,
                        Unit.EUR,
                        "Ministerie van SZW: STAP-budget",
                        false,
                        FunderType.STATE,
                        null)),
                List.of(new TransferOrder.Move(
                        SystemAccounts.settlement(Unit.EUR),
                        FUNDER,
                        Money.euros(10_000_000).cents(),
                        TransferCode.TOP_UP,
                        "Demo: begroting STAP"))));
        schemes.recordApplicants(List.of(
                new ApplicantFacts(Demo.FATIMA, LocalDate.of(1992, 12, 1), true, EducationLevel.MBO_2, "bouw"),
                new ApplicantFacts(Demo.JAN, LocalDate.of(1985, 3, 1), true, EducationLevel.MBO_4, "techniek"),
                new ApplicantFacts(Demo.SANNE, LocalDate.of(1994, 6, 1), true, EducationLevel.MASTER, "zorg"),
                new ApplicantFacts(Demo.KEES, LocalDate.of(1978, 2, 1), true, EducationLevel.BACHELOR, null),
                new ApplicantFacts(Demo.DEMI, LocalDate.of(2001, 11, 1), true, EducationLevel.NONE, null)));
        if (schemes.windows().stream().noneMatch(w -> w.code().equals(WINDOW))) {
            Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
            schemes.open(new OpenWindow(
                    Scheme.STAP_2022,
                    WINDOW,
                    "STAP-budget: demonstratietijdvak",
                    today.minus(Duration.ofDays(1)),
                    today.plus(Duration.ofDays(365)),
                    Money.euros(100_000),
                    List.of(new OpenWindow.TargetGroup("tot-en-met-mbo-4", EducationLevel.MBO_4, Money.euros(40_000))),
                    AllocationMethod.FIRST_COME,
                    null,
                    FUNDER.value()));
            log.info("Demo data loaded: the STAP scheme and window {}", WINDOW);
        }
    }
}
