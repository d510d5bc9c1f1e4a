package nl.leerbudget.schemes.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
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
import nl.leerbudget.schemes.LabourMarketPosition;
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
 * say about the five demo citizens, and three first-come windows that are open from the first start for a year: STAP
 * with a part of its budget reserved for people with at most mbo 4 (as the 2023 STAP compartment, F9); the
 * municipality of Utrecht's learning budget for people with a benefit (Demi), with money reserved for people in a
 * basic-skills programme and for people over 50; and retraining towards care with the employer paying half (Fatima,
 * who works in construction), with money reserved for follow-on years.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty(name = "leerbudget.demo-data", havingValue = true)
class DemoSchemes implements ApplicationRunner {

    /** The code of the demo window. */
    static final String WINDOW = "STAP-DEMO";

    /** The municipality's window for benefit recipients. */
    static final String BENEFIT_WINDOW = "UTRECHT-UITKERING";

    /** The window of retraining towards care, with employer co-financing. */
    static final String CARE_WINDOW = "OMSCHOLING-ZORG";

    static final String BENEFIT_SCHEME = "leerbudget-uitkering-utrecht-2027";
    static final String CARE_SCHEME = "omscholing-zorg-2027";

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
        schemes.define(Scheme.builtInText(BENEFIT_SCHEME));
        schemes.define(Scheme.builtInText(CARE_SCHEME));
        ledger.execute(new LedgerCommand(
                CommandId.derived("demo/schemes/municipality-budget"),
                List.of(),
                List.of(new TransferOrder.Move(
                        SystemAccounts.settlement(Unit.EUR),
                        new AccountId(Demo.MUNICIPALITY),
                        Money.euros(50_000).cents(),
                        TransferCode.TOP_UP,
                        "Demo: begroting leerbudget voor mensen met een uitkering"))));
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
                new ApplicantFacts(
                        Demo.FATIMA,
                        LocalDate.of(1992, 12, 1),
                        true,
                        EducationLevel.MBO_2,
                        "bouw",
                        Set.of(LabourMarketPosition.EMPLOYED),
                        false),
                new ApplicantFacts(
                        Demo.JAN,
                        LocalDate.of(1985, 3, 1),
                        true,
                        EducationLevel.MBO_4,
                        "techniek",
                        Set.of(LabourMarketPosition.EMPLOYED),
                        false),
                new ApplicantFacts(
                        Demo.SANNE,
                        LocalDate.of(1994, 6, 1),
                        true,
                        EducationLevel.MASTER,
                        "zorg",
                        Set.of(LabourMarketPosition.EMPLOYED),
                        false),
                new ApplicantFacts(
                        Demo.KEES,
                        LocalDate.of(1978, 2, 1),
                        true,
                        EducationLevel.BACHELOR,
                        null,
                        Set.of(LabourMarketPosition.SELF_EMPLOYED),
                        false),
                // Demi receives bijstand from the municipality: the benefit facts say so (DemoIdentities delivers
                // them).
                new ApplicantFacts(
                        Demo.DEMI,
                        LocalDate.of(2001, 11, 1),
                        true,
                        EducationLevel.NONE,
                        null,
                        Set.of(LabourMarketPosition.JOB_SEEKER),
                        true)));
        Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        if (schemes.windows().stream().noneMatch(w -> w.code().equals(BENEFIT_WINDOW))) {
            schemes.open(new OpenWindow(
                    BENEFIT_SCHEME,
                    BENEFIT_WINDOW,
                    "Leerbudget Utrecht voor mensen met een uitkering",
                    today.minus(Duration.ofDays(1)),
                    today.plus(Duration.ofDays(365)),
                    Money.euros(50_000),
                    List.of(
                            new OpenWindow.TargetGroup("laaggeletterd", Money.euros(10_000)),
                            new OpenWindow.TargetGroup("vijftig-plus", Money.euros(10_000))),
                    AllocationMethod.FIRST_COME,
                    null,
                    Demo.MUNICIPALITY));
        }
        if (schemes.windows().stream().noneMatch(w -> w.code().equals(CARE_WINDOW))) {
            schemes.open(new OpenWindow(
                    CARE_SCHEME,
                    CARE_WINDOW,
                    "Omscholing naar de zorg: tijdvak 2027",
                    today.minus(Duration.ofDays(1)),
                    today.plus(Duration.ofDays(365)),
                    Money.euros(200_000),
                    List.of(new OpenWindow.TargetGroup("vervolgjaar", Money.euros(50_000))),
                    AllocationMethod.FIRST_COME,
                    null,
                    FUNDER.value()));
        }
        if (schemes.windows().stream().noneMatch(w -> w.code().equals(WINDOW))) {
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
