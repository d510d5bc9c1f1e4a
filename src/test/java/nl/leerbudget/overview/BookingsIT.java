package nl.leerbudget.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.leerbudget.funding.CoFinancingLimits;
import nl.leerbudget.funding.FunderRelations;
import nl.leerbudget.funding.RelationKind;
import nl.leerbudget.funding.domain.PersonKey;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.IdentityProperties;
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
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.Transfer;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferKind;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.Register;
import nl.leerbudget.schemes.PayoutRun;
import nl.leerbudget.schemes.Schemes;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.support.ActingAs;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import nl.leerbudget.support.TestClock;
import nl.leerbudget.support.TestPeople;
import nl.leerbudget.support.Tokens;
import nl.leerbudget.support.Trainings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * Booking through the service, each test with a person, funders and a provider of its own: the holds equal the plan,
 * every end of a booking puts the money where the rules say, and a booking on balances that moved shows the new plan.
 */
@IntegrationTest
class BookingsIT {

    private static final LocalDate START = LocalDate.of(2027, 9, 1);
    /** Booked in spring 2027; the start and its report come in September. */
    private static final Instant BOOKED = Instant.parse("2027-03-01T10:00:00Z");

    private static final Instant STARTED = Instant.parse("2027-09-02T10:00:00Z");

    @Autowired
    FunderRelations relations;

    @Autowired
    CoFinancingLimits limits;

    @Autowired
    Bookings bookings;

    @Autowired
    Financing financing;

    @Autowired
    Ledger ledger;

    @Autowired
    Register register;

    @Autowired
    PersonRegistry people;

    @Autowired
    Schemes schemes;

    @Autowired
    CoFinancing cofinancing;

    @Autowired
    TestClock clock;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties properties;

    @LocalServerPort
    int port;

    PersonId person;
    Actor citizen;
    AccountId employer;
    AccountId sectorFund;
    UUID provider;
    UUID offering;

    @BeforeEach
    void setUp() {
        clock.set(BOOKED);
        SystemActor.install();
        try {
            person = TestPeople.register(people);
            ledger.openLearningAccounts(List.of(person));
            employer = compartment("werkgever", FunderType.EMPLOYER, 60_000, LocalDate.of(2027, 12, 31));
            sectorFund = compartment("sectorfonds", FunderType.SECTOR_FUND, 50_000, LocalDate.of(2028, 12, 31));
            Trainings.Training training = new Trainings(register, ledger).admitted(course(100_000));
            offering = UUID.fromString(training.offeringId());
            provider = training.payable().value();
        } finally {
            SystemActor.clear();
        }
        citizen = ActingAs.citizen(person);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void theHoldsAreExactlyThePlanAndTheStartSettlesThemToTheProviderForTheNextPayout() {
        FinancingPlan plan = plan();
        assertThat(plan.covered()).isEqualTo(Money.cents(100_000));

        BookingView booked = done(ActingAs.run(
                citizen, () -> bookings.book(UUID.randomUUID(), new OfferingId(offering), START, plan.fingerprint())));

        assertThat(booked.state()).isEqualTo(BookingState.REQUESTED);
        assertThat(booked.deadline()).isEqualTo(LocalDate.of(2027, 3, 3)); // two working days after Monday 1 March
        // The quoted plan equals the ledger entries booked: one hold per paying compartment, same amount, to the
        // provider, in the plan's order.
        assertThat(booked.payments()).hasSameSizeAs(plan.payments());
        for (int i = 0; i < plan.payments().size(); i++) {
            FinancingPlan.Payment quoted = plan.payments().get(i);
            Transfer hold = transfer(booked.payments().get(i).hold());
            assertThat(hold.kind()).isEqualTo(TransferKind.PENDING);
            assertThat(hold.debit()).isEqualTo(quoted.compartment());
            assertThat(hold.credit()).isEqualTo(new AccountId(provider));
            assertThat(hold.amount()).isEqualTo(quoted.amount().cents());
        }
        assertThat(available(employer) + available(sectorFund)).isEqualTo(10_000);

        accept(booked);
        clock.set(STARTED);
        BookingView started = done(ActingAs.run(
                ActingAs.provider(provider), () -> bookings.reportStart(booked.id(), UUID.randomUUID(), START, null)));

        assertThat(started.state()).isEqualTo(BookingState.STARTED);
        assertThat(started.settled()).isEqualTo(Money.cents(100_000));
        assertThat(balance(employer) + balance(sectorFund)).isEqualTo(10_000);
        assertThat(balance(new AccountId(provider))).isEqualTo(100_000);

        PayoutRun run = ActingAs.run(ActingAs.administrator(), () -> schemes.payOut(UUID.randomUUID(), null));
        assertThat(run.lines())
                .filteredOn(line -> line.providerId().equals(provider))
                .singleElement()
                .satisfies(line -> assertThat(line.amount()).isEqualTo(Money.cents(100_000)));
        assertThat(balance(new AccountId(provider))).isZero();

        BookingView completed = done(
                ActingAs.run(ActingAs.provider(provider), () -> bookings.complete(booked.id(), UUID.randomUUID())));
        assertThat(completed.state()).isEqualTo(BookingState.COMPLETED);
    }

    @Test
    void aPlanQuotedOnOtherBalancesIsShownAnewAndNothingIsHeld() {
        FinancingPlan before = plan();
        SystemActor.install();
        try {
            deposit(employer, FunderType.EMPLOYER, 5_000);
        } finally {
            SystemActor.clear();
        }

        Bookings.Outcome outcome = ActingAs.run(
                citizen, () -> bookings.book(UUID.randomUUID(), new OfferingId(offering), START, before.fingerprint()));

        assertThat(outcome).isInstanceOf(Bookings.Outcome.PlanChanged.class);
        FinancingPlan now = ((Bookings.Outcome.PlanChanged) outcome).plan();
        assertThat(now.fingerprint()).isNotEqualTo(before.fingerprint());
        assertThat(available(employer) + available(sectorFund)).isEqualTo(115_000);
        assertThat(done(ActingAs.run(
                                citizen,
                                () -> bookings.book(
                                        UUID.randomUUID(), new OfferingId(offering), START, now.fingerprint())))
                        .state())
                .isEqualTo(BookingState.REQUESTED);
    }

    @Test
    void cancellingBeforeTheStartReleasesExactlyTheHoldsToTheCompartmentsTheyCameFrom() {
        long employerBefore = available(employer);
        long fundBefore = available(sectorFund);
        BookingView booked = book();
        UUID request = UUID.randomUUID();

        BookingView cancelled = done(ActingAs.run(citizen, () -> bookings.cancel(booked.id(), request)));
        BookingView again = done(ActingAs.run(citizen, () -> bookings.cancel(booked.id(), request)));

        assertThat(cancelled.state()).isEqualTo(BookingState.CANCELLED);
        assertThat(again.replayed()).isTrue();
        assertThat(available(employer)).isEqualTo(employerBefore);
        assertThat(available(sectorFund)).isEqualTo(fundBefore);
        assertThat(balance(employer)).isEqualTo(employerBefore);
        for (BookingView.Payment payment : cancelled.payments()) {
            assertThat(payment.released(cancelled.state())).isEqualTo(payment.amount());
        }
        assertThat(ActingAs.run(citizen, () -> bookings.cancel(booked.id(), UUID.randomUUID())))
                .isEqualTo(new Bookings.Outcome.Refused(BookingRule.NOT_CANCELLABLE));
    }

    @Test
    void aDeclineReleasesTheHoldsAndAnotherProviderCannotAnswer() {
        BookingView booked = book();

        assertThat(ActingAs.run(
                        ActingAs.provider(UUID.randomUUID()), () -> bookings.accept(booked.id(), UUID.randomUUID())))
                .isInstanceOf(Bookings.Outcome.NotFound.class);
        BookingView declined = done(ActingAs.run(
                ActingAs.provider(provider),
                () -> bookings.decline(booked.id(), UUID.randomUUID(), "De groep is vol.")));

        assertThat(declined.state()).isEqualTo(BookingState.DECLINED);
        assertThat(declined.endReason()).contains("De groep is vol.");
        assertThat(available(employer) + available(sectorFund)).isEqualTo(110_000);
    }

    @Test
    void aProviderThatDoesNotAnswerInTimeLetsTheBookingLapseAndTheMoneyComesBack() {
        BookingView booked = book();

        clock.set(Instant.parse("2027-03-04T08:00:00Z")); // the day after the last day to answer
        int lapsed = ActingAs.run(Actor.SYSTEM, () -> bookings.lapseOverdue(LocalDate.of(2027, 3, 4)));

        assertThat(lapsed).isGreaterThanOrEqualTo(1);
        BookingView after =
                ActingAs.run(citizen, () -> bookings.booking(booked.id())).orElseThrow();
        assertThat(after.state()).isEqualTo(BookingState.LAPSED);
        assertThat(after.endReason()).contains("niet op tijd");
        assertThat(available(employer) + available(sectorFund)).isEqualTo(110_000);
        assertThat(ActingAs.run(ActingAs.provider(provider), () -> bookings.accept(booked.id(), UUID.randomUUID())))
                .isEqualTo(new Bookings.Outcome.Refused(BookingRule.NOT_REQUESTED));
    }

    @Test
    void aLowerFinalPriceSettlesLessInThePlansOrderAndReleasesTheRest() {
        BookingView booked = book();
        accept(booked);
        clock.set(STARTED);

        BookingView started = done(ActingAs.run(
                ActingAs.provider(provider),
                () -> bookings.reportStart(booked.id(), UUID.randomUUID(), START, Money.cents(70_000))));

        assertThat(started.settled()).isEqualTo(Money.cents(70_000));
        // The first compartment in the plan pays first; the rest goes back.
        BookingView.Payment first = started.payments().getFirst();
        assertThat(first.settled()).isEqualTo(first.amount().min(Money.cents(70_000)));
        assertThat(available(employer) + available(sectorFund)).isEqualTo(40_000);
        assertThat(ActingAs.run(
                        ActingAs.provider(provider),
                        () -> bookings.reportStart(booked.id(), UUID.randomUUID(), START, Money.cents(200_000))))
                .isEqualTo(new Bookings.Outcome.Refused(BookingRule.NOT_ACCEPTED));
    }

    @Test
    void anEarlyStopPaysThePartDeliveredAndANoShowPaysNothing() {
        BookingView stopping = book();
        accept(stopping);
        clock.set(STARTED);
        BookingView stopped = done(ActingAs.run(
                ActingAs.provider(provider),
                () -> bookings.reportEarlyStop(stopping.id(), UUID.randomUUID(), START, Money.cents(25_000))));
        assertThat(stopped.state()).isEqualTo(BookingState.STOPPED_EARLY);
        assertThat(stopped.settled()).isEqualTo(Money.cents(25_000));
        assertThat(available(employer) + available(sectorFund)).isEqualTo(85_000);
    }

    @Test
    void concurrentBookingsOfOnePersonNeverHoldMoreThanIsThere() throws Exception {
        // Two offerings that each take most of the person's money: both plans are quoted on the same balances.
        UUID second;
        SystemActor.install();
        try {
            second = UUID.fromString(
                    new Trainings(register, ledger).admitted(course(90_000)).offeringId());
        } finally {
            SystemActor.clear();
        }
        FinancingPlan one = plan();
        FinancingPlan two = ActingAs.run(
                citizen, () -> ((Financing.Quote.Planned) financing.plan(new OfferingId(second), START)).plan());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Bookings.Outcome>> both = List.of(
                    () -> ActingAs.run(
                            citizen,
                            () -> bookings.book(UUID.randomUUID(), new OfferingId(offering), START, one.fingerprint())),
                    () -> ActingAs.run(
                            citizen,
                            () -> bookings.book(UUID.randomUUID(), new OfferingId(second), START, two.fingerprint())));
            List<Bookings.Outcome> outcomes = new ArrayList<>();
            for (Future<Bookings.Outcome> f : pool.invokeAll(both)) {
                outcomes.add(f.get());
            }
            long done = outcomes.stream()
                    .filter(o -> o instanceof Bookings.Outcome.Done)
                    .count();
            assertThat(done).as(outcomes.toString()).isEqualTo(1);
            assertThat(outcomes).anySatisfy(o -> assertThat(o).isInstanceOf(Bookings.Outcome.PlanChanged.class));
            assertThat(available(employer)).isNotNegative();
            assertThat(available(sectorFund)).isNotNegative();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRestIsAskedFromAFunderThatFundsThePersonAndItsApprovalPaysFirstInTheNextPlan() {
        UUID dear;
        SystemActor.install();
        try {
            dear = UUID.fromString(
                    new Trainings(register, ledger).admitted(course(150_000)).offeringId());
        } finally {
            SystemActor.clear();
        }
        AccountId employerFunder = account(employer).compartment().funder();
        // A funder is asked by relation, not because it filled a compartment: none yet, so nobody to ask.
        assertThat(ActingAs.run(citizen, () -> cofinancing.funders())).isEmpty();
        FunderRelations.Upload kept = ActingAs.run(
                ActingAs.funder(employerFunder.value()),
                () -> relations.keep(List.of(new FunderRelations.RelationInput(
                        PersonKey.person(person), RelationKind.EMPLOYMENT, START.minusYears(3), null))));
        assertThat(kept.problems()).isEmpty();
        assertThat(ActingAs.run(citizen, () -> cofinancing.funders()))
                .extracting(CoFinancing.Funder::id)
                .contains(employerFunder);

        CoFinancing.Outcome asked = ActingAs.run(
                citizen,
                () -> cofinancing.ask(UUID.randomUUID(), new OfferingId(dear), START, employerFunder, "Graag."));
        CoFinancingRequest request = ((CoFinancing.Outcome.Done) asked).request();
        assertThat(request.amount()).isEqualTo(Money.cents(40_000));
        assertThat(ActingAs.run(
                        citizen,
                        () -> cofinancing.ask(
                                UUID.randomUUID(), new OfferingId(dear), START, AccountId.derived("nobody"), null)))
                .isEqualTo(new CoFinancing.Outcome.Refused(CoFinancingRule.NO_RELATION));
        assertThat(ActingAs.run(ActingAs.funder(UUID.randomUUID()), () -> cofinancing.approve(request.id(), null)))
                .isInstanceOf(CoFinancing.Outcome.NotFound.class);

        CoFinancing.Outcome approved = ActingAs.run(
                ActingAs.funder(employerFunder.value()), () -> cofinancing.approve(request.id(), Money.cents(30_000)));

        CoFinancingRequest done = ((CoFinancing.Outcome.Done) approved).request();
        assertThat(done.state()).isEqualTo(CoFinancingRequest.State.APPROVED);
        FinancingPlan plan = ActingAs.run(
                citizen, () -> ((Financing.Quote.Planned) financing.plan(new OfferingId(dear), START)).plan());
        assertThat(plan.payments().getFirst().compartment()).isEqualTo(done.compartment());
        assertThat(plan.payments().getFirst().amount()).isEqualTo(Money.cents(30_000));
        assertThat(plan.rest()).isEqualTo(Money.cents(10_000));
        // The approval is earmarked: it does not pay for another offering.
        assertThat(plan().notPaying())
                .anySatisfy(n -> assertThat(n.compartment()).isEqualTo(done.compartment()));
    }

    @Test
    void aRequestWithinTheFundersLimitIsApprovedAsItComesInAndOneAboveItWaits() {
        UUID dear;
        SystemActor.install();
        try {
            dear = UUID.fromString(
                    new Trainings(register, ledger).admitted(course(150_000)).offeringId());
        } finally {
            SystemActor.clear();
        }
        AccountId employerFunder = account(employer).compartment().funder();
        AccountId fundFunder = account(sectorFund).compartment().funder();
        for (AccountId funder : List.of(employerFunder, fundFunder)) {
            ActingAs.run(
                    ActingAs.funder(funder.value()),
                    () -> relations.keep(List.of(new FunderRelations.RelationInput(
                            PersonKey.person(person), RelationKind.EMPLOYMENT, START.minusYears(1), null))));
        }
        // The rest is EUR 400: the employer approves up to EUR 400 by itself, the fund only up to EUR 399.99.
        ActingAs.run(ActingAs.funder(employerFunder.value()), () -> {
            limits.set(Money.cents(40_000));
            return null;
        });
        ActingAs.run(ActingAs.funder(fundFunder.value()), () -> {
            limits.set(Money.cents(39_999));
            return null;
        });

        CoFinancingRequest waiting = ((CoFinancing.Outcome.Done) ActingAs.run(
                        citizen,
                        () -> cofinancing.ask(UUID.randomUUID(), new OfferingId(dear), START, fundFunder, null)))
                .request();
        CoFinancingRequest approved = ((CoFinancing.Outcome.Done) ActingAs.run(
                        citizen,
                        () -> cofinancing.ask(UUID.randomUUID(), new OfferingId(dear), START, employerFunder, null)))
                .request();

        assertThat(waiting.state()).isEqualTo(CoFinancingRequest.State.REQUESTED);
        assertThat(approved.state()).isEqualTo(CoFinancingRequest.State.APPROVED);
        assertThat(approved.amount()).isEqualTo(Money.cents(40_000));
        assertThat(approved.decisionReason()).contains("regel F17");
        FinancingPlan plan = ActingAs.run(
                citizen, () -> ((Financing.Quote.Planned) financing.plan(new OfferingId(dear), START)).plan());
        assertThat(plan.rest()).isEqualTo(Money.ZERO);
    }

    @Test
    void theApiBooksOnTheFingerprintAndAnswersAChangedPlanWithTheNewOne() {
        Tokens tokens = new Tokens(encoder, properties);
        Api jan = new Api(port).as(tokens.of("jan"));
        Api.Response unknown = jan.post(
                "/api/v1/bookings",
                Map.of(
                        "requestId", UUID.randomUUID(),
                        "offeringId", offering,
                        "startDate", START.toString(),
                        "fingerprint", "0".repeat(64)));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(409);
        assertThat(unknown.body().get("plan").get("fingerprint").asString()).matches("[0-9a-f]{64}");

        String fingerprint = unknown.body().get("plan").get("fingerprint").asString();
        UUID request = UUID.randomUUID();
        Map<String, Object> body = Map.of(
                "requestId",
                request,
                "offeringId",
                offering,
                "startDate",
                START.toString(),
                "fingerprint",
                fingerprint);
        Api.Response booked = jan.post("/api/v1/bookings", body);
        Api.Response replay = jan.post("/api/v1/bookings", body);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(booked.body().get("state").asString()).isEqualTo("REQUESTED");
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body().get("id")).isEqualTo(booked.body().get("id"));

        Api.Response missing = jan.post("/api/v1/bookings", Map.of("foo", 1));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("invalidParams").toString())
                .contains("requestId", "offeringId", "startDate", "fingerprint", "foo");
        Api.Response otherCitizen = new Api(port)
                .as(tokens.of("sanne"))
                .get("/api/v1/bookings/" + booked.body().get("id").asString());
        assertThat(otherCitizen.status()).isEqualTo(404);
        // Jan cancels what this test booked, so that his money is as it was for other tests.
        Api.Response cancelled = jan.post(
                "/api/v1/bookings/" + booked.body().get("id").asString() + "/cancellations",
                Map.of("requestId", UUID.randomUUID()));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(201);
        assertThat(cancelled.body().get("state").asString()).isEqualTo("CANCELLED");
    }

    // ---------------------------------------------------------------- helpers

    private FinancingPlan plan() {
        return ActingAs.run(
                citizen, () -> ((Financing.Quote.Planned) financing.plan(new OfferingId(offering), START)).plan());
    }

    private BookingView book() {
        FinancingPlan plan = plan();
        return done(ActingAs.run(
                citizen, () -> bookings.book(UUID.randomUUID(), new OfferingId(offering), START, plan.fingerprint())));
    }

    private void accept(BookingView booking) {
        BookingView accepted =
                done(ActingAs.run(ActingAs.provider(provider), () -> bookings.accept(booking.id(), UUID.randomUUID())));
        assertThat(accepted.state()).isEqualTo(BookingState.ACCEPTED);
        assertThat(accepted.deadline()).isEqualTo(LocalDate.of(2027, 9, 6)); // 3 working days after Wed 1 Sept
    }

    private static BookingView done(Bookings.Outcome outcome) {
        assertThat(outcome).isInstanceOf(Bookings.Outcome.Done.class);
        return ((Bookings.Outcome.Done) outcome).booking();
    }

    private Transfer transfer(UUID id) {
        return ActingAs.run(Actor.SYSTEM, () -> ledger.transfer(new nl.leerbudget.ledger.TransferId(id)))
                .orElseThrow();
    }

    private long available(AccountId id) {
        return account(id).available();
    }

    private long balance(AccountId id) {
        return account(id).balance();
    }

    private AccountView account(AccountId id) {
        return ActingAs.run(Actor.SYSTEM, () -> ledger.account(id)).orElseThrow();
    }

    private AccountId compartment(String key, FunderType type, long amount, LocalDate validUntil) {
        AccountId funder = AccountId.derived("booking/funder/" + person + "/" + key);
        AccountId compartment = AccountId.derived("booking/compartment/" + person + "/" + key);
        CommandResult result = ledger.execute(new LedgerCommand(
                CommandId.random(),
                List.of(
                        new OpenAccount(funder, AccountKind.FUNDER, Unit.EUR, "Financier " + key, false, type, null),
                        OpenAccount.compartment(
                                compartment,
                                Unit.EUR,
                                new CompartmentTerms(
                                        LearningAccountId.of(person),
                                        funder,
                                        "Budget " + key,
                                        CompartmentConditions.NONE,
                                        null,
                                        validUntil,
                                        ExpiryRule.RETURN_TO_FUNDER))),
                List.of(
                        new TransferOrder.Move(
                                SystemAccounts.settlement(Unit.EUR), funder, 1_000_000, TransferCode.TOP_UP, null),
                        new TransferOrder.Move(funder, compartment, amount, TransferCode.DEPOSIT, null))));
        assertThat(result).isInstanceOf(CommandResult.Executed.class);
        return compartment;
    }

    private void deposit(AccountId compartment, FunderType type, long amount) {
        AccountId funder =
                ledger.account(compartment).orElseThrow().compartment().funder();
        CommandResult result = ledger.execute(LedgerCommand.of(
                CommandId.random(), new TransferOrder.Move(funder, compartment, amount, TransferCode.DEPOSIT, null)));
        assertThat(result).as(type.toString()).isInstanceOf(CommandResult.Executed.class);
    }

    private static OfferingDetails course(long price) {
        return new OfferingDetails(
                OfferingType.SHORT_COURSE,
                "Proefboeking veilig werken",
                "Een proefcursus voor boekingen, met praktijkopdrachten en een afsluitend examen op locatie.",
                null,
                (int) Math.max(1, price / 2500),
                OfferingDetails.StudyLoadUnit.HOURS,
                price,
                0,
                price,
                OfferingDetails.Modality.ONLINE,
                null,
                List.of(START),
                null,
                List.of("proefboeking"),
                List.of(),
                false);
    }
}
