package nl.leerbudget.overview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.MandateRegistry;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.identity.Role;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.LedgerRule;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferId;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.overview.domain.BookingPolicyReader;
import nl.leerbudget.overview.domain.BookingStore;
import nl.leerbudget.overview.domain.Settlements;
import nl.leerbudget.overview.domain.WorkingDays;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.OfferingView;
import nl.leerbudget.register.Register;
import nl.leerbudget.schemes.ProviderSettlements;
import nl.leerbudget.schemes.Schemes;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.shared.TimeOrderedIds;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bookings: a person books a start date of an offering on the financing plan they saw, and the provider answers,
 * reports the start and the completion. Each call is one transaction: the booking's state and the ledger command that
 * moves its money are written together or not at all (the ledger works in a savepoint of it).
 *
 * <p>The money: booking places one hold per paying compartment in one ledger command (all or nothing), from the
 * compartment to the provider's payable account, each naming the offering so that the ledger checks the compartment's
 * conditions. A decline, a cancellation, a no-show or a passed deadline releases the holds to the compartments they
 * came from; a start settles them ({@link Settlements} when the final price is lower, or part was delivered); a scheme
 * grant is released and paid as the scheme pays a started grant, so its payout is the grant's. A booking's ledger
 * commands are executed as the actor who takes the step, so that the ledger's own access rules apply too.
 *
 * <p>Every step carries the client's request id: the same id again is answered with the booking as it is, an id used
 * for another step is refused.
 */
@Service
public class Bookings {

    private static final int LIST_LIMIT = 200;
    private static final int DEADLINE_CHUNK = 100;

    private final BookingStore store;
    private final Financing financing;
    private final Ledger ledger;
    private final Register register;
    private final Schemes schemes;
    private final MandateRegistry mandates;
    private final Actors actors;
    private final Clock clock;
    private final BookingPolicy policy;
    private final TransactionTemplate writing;

    Bookings(
            BookingStore store,
            Financing financing,
            Ledger ledger,
            Register register,
            Schemes schemes,
            MandateRegistry mandates,
            Actors actors,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.writing = new TransactionTemplate(transactions);
        this.store = store;
        this.financing = financing;
        this.ledger = ledger;
        this.register = register;
        this.schemes = schemes;
        this.mandates = mandates;
        this.actors = actors;
        this.clock = clock;
        this.policy = BookingPolicyReader.builtIn();
    }

    /** What became of a step. */
    public sealed interface Outcome {
        record Done(BookingView booking) implements Outcome {}

        /** The plan is not the one the person saw: balances or the offering changed. Here is the plan now. */
        record PlanChanged(FinancingPlan plan) implements Outcome {}

        record Refused(BookingRule rule) implements Outcome {}

        /** The offering does not exist, or is not public. */
        record UnknownOffering() implements Outcome {}

        record NotAStartDate(List<LocalDate> startDates) implements Outcome {}

        /** No such booking, or not one the actor may act on in this way (recorded as a refusal). */
        record NotFound() implements Outcome {}

        /** The request id was used before for another step or booking. */
        record RequestIdReused() implements Outcome {}
    }

    public BookingPolicy policy() {
        return policy;
    }

    // ---------------------------------------------------------------- the person

    /**
     * Books a start date on the plan with this fingerprint. A citizen books for themselves; an adviser acting for a
     * citizen books for them when the mandate allows booking, and otherwise prepares the booking for the person to
     * confirm (nothing is held until then).
     *
     * @throws NotPermitted unless the actor is a citizen, or an adviser acting for one under a mandate
     */
    @Transactional
    public Outcome book(UUID requestId, OfferingId offeringId, LocalDate startDate, String fingerprint) {
        Actor actor = actors.current();
        PersonId person = subject(actor);
        Optional<BookingView> earlier = store.byRequest(requestId);
        if (earlier.isEmpty() && store.change(requestId).isPresent()) {
            return new Outcome.RequestIdReused(); // used for a step of a booking, not for booking
        }
        if (earlier.isPresent()) {
            BookingView booking = earlier.get();
            return booking.person().equals(person)
                            && booking.offeringId().equalsIgnoreCase(offeringId.toString())
                            && booking.startDate().equals(startDate)
                    ? new Outcome.Done(booking.asReplay())
                    : new Outcome.RequestIdReused();
        }
        LocalDate today = today();
        if (startDate.isBefore(today)) {
            return new Outcome.Refused(BookingRule.START_DATE_PASSED);
        }
        Optional<OfferingView> offering = register.offeringToBook(offeringId);
        if (offering.isEmpty()) {
            return new Outcome.UnknownOffering();
        }
        if (!offering.get().bookable()) {
            return new Outcome.Refused(BookingRule.NOT_BOOKABLE);
        }
        FinancingPlan plan;
        switch (financing.planFor(person, offering.get(), startDate)) {
            case Financing.Quote.Planned planned -> plan = planned.plan();
            case Financing.Quote.UnknownOffering unknown -> {
                return new Outcome.UnknownOffering();
            }
            case Financing.Quote.NotAStartDate notStart -> {
                return new Outcome.NotAStartDate(notStart.startDates());
            }
        }
        if (!plan.fingerprint().equals(fingerprint)) {
            return new Outcome.PlanChanged(plan);
        }
        if (store.hasOpen(person, plan.offeringId(), startDate)) {
            return new Outcome.Refused(BookingRule.ALREADY_BOOKED);
        }
        boolean prepares = actor.actingFor() != null && !mandates.allowsBooking(actor);
        UUID id = TimeOrderedIds.next();
        Instant now = now();
        List<BookingView.Payment> payments = plan.payments().stream()
                .map(p -> new BookingView.Payment(p.compartment(), p.label(), p.source(), p.amount(), null, null, null))
                .toList();
        BookingView booking = new BookingView(
                id,
                requestId,
                code(id),
                person,
                plan.offeringId(),
                plan.offeringVersion(),
                plan.offeringName(),
                plan.provider().value(),
                offering.get().providerName(),
                startDate,
                plan.price(),
                plan.eligibleCost(),
                plan.minimumOwnPayment(),
                plan.covered(),
                plan.personPays(),
                plan.fingerprint(),
                BookingState.PREPARED,
                WorkingDays.after(today, policy.personConfirmsWithin(), policy.holidays()),
                prepares ? actor.userId() : null,
                actor.userId(),
                now,
                now,
                null,
                null,
                null,
                payments,
                false);
        if (prepares) {
            store.insert(booking);
            record(requestId, booking, "PREPARED", null, actor);
            return new Outcome.Done(booking);
        }
        return placeHolds(booking, requestId, actor, today, now, true);
    }

    /**
     * The person confirms a booking an adviser prepared, on the plan they see now: if it is not the plan the booking
     * was prepared on, the new plan is shown first and the booking takes it when confirmed on it.
     */
    @Transactional
    public Outcome confirm(UUID bookingId, UUID requestId, String fingerprint) {
        Actor actor = actors.current();
        Optional<Outcome> replay = replay(requestId, bookingId, "REQUESTED");
        if (replay.isPresent()) {
            return replay.get();
        }
        Optional<BookingView> found = ownBooking(actor, bookingId, true);
        if (found.isEmpty()) {
            return new Outcome.NotFound();
        }
        if (actor.actingFor() != null && !mandates.allowsBooking(actor)) {
            return new Outcome.Refused(BookingRule.ADVISER_MAY_NOT_CONFIRM);
        }
        BookingView booking = store.lock(bookingId).orElseThrow();
        if (booking.state() != BookingState.PREPARED) {
            return new Outcome.Refused(BookingRule.NOT_PREPARED);
        }
        LocalDate today = today();
        if (today.isAfter(Objects.requireNonNull(booking.deadline()))) {
            return new Outcome.Refused(BookingRule.DEADLINE_PASSED);
        }
        if (booking.startDate().isBefore(today)) {
            return new Outcome.Refused(BookingRule.START_DATE_PASSED);
        }
        Financing.Quote quote = financing.planFor(
                booking.person(), new OfferingId(UUID.fromString(booking.offeringId())), booking.startDate());
        if (!(quote instanceof Financing.Quote.Planned planned)) {
            return new Outcome.UnknownOffering();
        }
        FinancingPlan plan = planned.plan();
        if (!plan.fingerprint().equals(fingerprint)) {
            return new Outcome.PlanChanged(plan);
        }
        // The plan confirmed may differ from the one prepared (the person saw the new one): the booking takes it.
        List<BookingView.Payment> payments = plan.payments().stream()
                .map(p -> new BookingView.Payment(p.compartment(), p.label(), p.source(), p.amount(), null, null, null))
                .toList();
        BookingView confirmed = new BookingView(
                booking.id(),
                booking.requestId(),
                booking.code(),
                booking.person(),
                booking.offeringId(),
                plan.offeringVersion(),
                plan.offeringName(),
                booking.provider(),
                booking.providerName(),
                booking.startDate(),
                plan.price(),
                plan.eligibleCost(),
                plan.minimumOwnPayment(),
                plan.covered(),
                plan.personPays(),
                plan.fingerprint(),
                BookingState.PREPARED,
                booking.deadline(),
                booking.preparedBy(),
                booking.createdBy(),
                booking.createdAt(),
                now(),
                null,
                null,
                null,
                payments,
                false);
        return placeHolds(confirmed, requestId, actor, today, now(), false);
    }

    /** The person (or an adviser whose mandate allows booking) cancels before the start; the holds are released. */
    @Transactional
    public Outcome cancel(UUID bookingId, UUID requestId) {
        Actor actor = actors.current();
        Optional<Outcome> replay = replay(requestId, bookingId, "CANCELLED");
        if (replay.isPresent()) {
            return replay.get();
        }
        Optional<BookingView> found = ownBooking(actor, bookingId, true);
        if (found.isEmpty()) {
            return new Outcome.NotFound();
        }
        BookingView booking = store.lock(bookingId).orElseThrow();
        boolean adviser = actor.actingFor() != null;
        boolean preparedByThisAdviser = adviser && actor.userId().equals(booking.preparedBy());
        if (adviser && !mandates.allowsBooking(actor) && !preparedByThisAdviser) {
            return new Outcome.Refused(BookingRule.ADVISER_MAY_NOT_CONFIRM);
        }
        boolean open =
                booking.state() == BookingState.PREPARED || booking.state().holdsMoney();
        if (!open || !today().isBefore(booking.startDate())) {
            return new Outcome.Refused(BookingRule.NOT_CANCELLABLE);
        }
        return release(booking, requestId, "CANCELLED", BookingState.CANCELLED, "Geannuleerd door u.", actor);
    }

    /** The bookings of the person (the citizen, or the one an adviser acts for), newest first; none for others. */
    @Transactional(readOnly = true)
    public List<BookingView> mine() {
        PersonId person = Subject.of(actors.current());
        return person == null ? List.of() : store.ofPerson(person, LIST_LIMIT); // an adviser working for no one
    }

    /** Whether the actor books for a person (a citizen, or an adviser acting for one). */
    public boolean booksForSomeone() {
        return Subject.of(actors.current()) != null;
    }

    /** Whether the actor is an adviser who prepares bookings for the person to confirm. */
    public boolean prepares() {
        Actor actor = actors.current();
        return actor.actingFor() != null && !mandates.allowsBooking(actor);
    }

    // ---------------------------------------------------------------- the provider

    /** The provider's bookings, those waiting for it first. For the provider's staff. */
    @Transactional(readOnly = true)
    public List<BookingView> incoming() {
        Actor actor = actors.current();
        UUID organisation = actor.organisation();
        if (!actor.has(Role.PROVIDER) || organisation == null) {
            actors.refuse("bookings", "incoming");
            throw new NotPermitted("Only a provider's staff see its bookings");
        }
        return store.ofProvider(organisation, LIST_LIMIT);
    }

    /** One booking, for its person (or their adviser) or its provider; empty (and recorded) for anyone else. */
    @Transactional(readOnly = true)
    public Optional<BookingView> booking(UUID bookingId) {
        Actor actor = actors.current();
        Optional<BookingView> found = store.booking(bookingId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (isPersonOf(actor, found.get()) || isProviderOf(actor, found.get()) || isOperator(actor)) {
            return found;
        }
        actors.refuse("booking", bookingId.toString());
        return Optional.empty();
    }

    /** The steps of a booking, in order, for whoever may see it. */
    @Transactional(readOnly = true)
    public List<BookingStore.Change> history(UUID bookingId) {
        return booking(bookingId).map(b -> store.changes(b.id())).orElse(List.of());
    }

    @Transactional
    public Outcome accept(UUID bookingId, UUID requestId) {
        return answer(bookingId, requestId, true, null);
    }

    /** @param reason why, in the provider's words, shown to the person */
    @Transactional
    public Outcome decline(UUID bookingId, UUID requestId, String reason) {
        return answer(bookingId, requestId, false, reason);
    }

    private Outcome answer(UUID bookingId, UUID requestId, boolean accept, @Nullable String reason) {
        Actor actor = actors.current();
        String kind = accept ? "ACCEPTED" : "DECLINED";
        Optional<Outcome> early = beforeProviderStep(actor, bookingId, requestId, kind);
        if (early.isPresent()) {
            return early.get();
        }
        BookingView booking = store.lock(bookingId).orElseThrow();
        if (booking.state() != BookingState.REQUESTED) {
            return new Outcome.Refused(BookingRule.NOT_REQUESTED);
        }
        LocalDate today = today();
        if (today.isAfter(Objects.requireNonNull(booking.deadline()))) {
            return new Outcome.Refused(BookingRule.DEADLINE_PASSED);
        }
        if (!accept) {
            return release(
                    booking,
                    requestId,
                    kind,
                    BookingState.DECLINED,
                    "Afgewezen door de aanbieder: " + Objects.requireNonNull(reason),
                    actor);
        }
        LocalDate startReportBy = WorkingDays.after(
                booking.startDate().isAfter(today) ? booking.startDate() : today,
                policy.startReportedWithin(),
                policy.holidays());
        BookingView accepted = booking.moved(BookingState.ACCEPTED, startReportBy, null, booking.payments(), now());
        store.update(accepted);
        record(requestId, accepted, kind, null, actor);
        return new Outcome.Done(accepted);
    }

    /**
     * The provider reports that the person started on {@code startedOn}: the holds are settled to the provider, with
     * a final price lower than booked as {@link Settlements} says.
     *
     * @param finalPrice the price charged, or null for the booked price
     */
    @Transactional
    public Outcome reportStart(UUID bookingId, UUID requestId, LocalDate startedOn, @Nullable Money finalPrice) {
        return settle(bookingId, requestId, startedOn, finalPrice, BookingState.STARTED);
    }

    /**
     * The provider reports that the person started and stopped before the end: the part of the price delivered is
     * settled as a final price ({@link Settlements}), the rest released.
     */
    @Transactional
    public Outcome reportEarlyStop(UUID bookingId, UUID requestId, LocalDate startedOn, Money delivered) {
        return settle(bookingId, requestId, startedOn, delivered, BookingState.STOPPED_EARLY);
    }

    /** The provider reports that the person did not come: the holds are released. */
    @Transactional
    public Outcome reportNoShow(UUID bookingId, UUID requestId) {
        Actor actor = actors.current();
        Optional<Outcome> early = beforeProviderStep(actor, bookingId, requestId, "NO_SHOW");
        if (early.isPresent()) {
            return early.get();
        }
        BookingView booking = store.lock(bookingId).orElseThrow();
        Optional<BookingRule> refusal = mayReport(booking, booking.startDate());
        if (refusal.isPresent()) {
            return new Outcome.Refused(refusal.get());
        }
        return release(
                booking,
                requestId,
                "NO_SHOW",
                BookingState.NO_SHOW,
                "De aanbieder meldt dat de opleiding niet is begonnen.",
                actor);
    }

    /** The provider reports that the person completed the training. */
    @Transactional
    public Outcome complete(UUID bookingId, UUID requestId) {
        Actor actor = actors.current();
        Optional<Outcome> early = beforeProviderStep(actor, bookingId, requestId, "COMPLETED");
        if (early.isPresent()) {
            return early.get();
        }
        BookingView booking = store.lock(bookingId).orElseThrow();
        if (booking.state() != BookingState.STARTED) {
            return new Outcome.Refused(BookingRule.NOT_STARTED);
        }
        BookingView completed = booking.started(
                BookingState.COMPLETED,
                Objects.requireNonNull(booking.startedOn()),
                Objects.requireNonNull(booking.finalAmount()),
                null,
                booking.payments(),
                now());
        store.update(completed);
        record(requestId, completed, "COMPLETED", null, actor);
        return new Outcome.Done(completed);
    }

    // ---------------------------------------------------------------- deadlines

    /**
     * Ends every booking whose deadline passed before {@code today}: the holds are released and the booking lapses,
     * with the step it waited for as its reason. One transaction per booking, so a run that stops halfway is finished
     * by the next, and a booking answered at the same moment is either answered or lapsed, never both.
     *
     * @return how many bookings lapsed
     */
    public int lapseOverdue(LocalDate today) {
        int lapsed = 0;
        List<UUID> due = store.overdue(today, DEADLINE_CHUNK);
        while (!due.isEmpty()) {
            int before = lapsed;
            for (UUID id : due) {
                if (Boolean.TRUE.equals(writing.execute(status -> lapse(id, today)))) {
                    lapsed++;
                }
            }
            if (lapsed == before) {
                break; // nothing in this chunk could lapse: leave it for the next run rather than loop
            }
            due = store.overdue(today, DEADLINE_CHUNK);
        }
        return lapsed;
    }

    /** Lapses one overdue booking, as the system, in the caller's transaction; false when it was answered since. */
    private boolean lapse(UUID bookingId, LocalDate today) {
        Actor actor = actors.current();
        if (!actor.isSystem()) {
            throw new NotPermitted("Only the system lapses bookings");
        }
        BookingView booking = store.lock(bookingId).orElseThrow();
        LocalDate deadline = booking.deadline();
        if (deadline == null || !deadline.isBefore(today)) {
            return false;
        }
        String reason = switch (booking.state()) {
            case PREPARED -> "U heeft de boeking niet op tijd bevestigd (uiterlijk " + deadline + ").";
            case REQUESTED -> "De aanbieder heeft niet op tijd geantwoord (uiterlijk " + deadline + ").";
            case ACCEPTED -> "De aanbieder heeft de start niet op tijd gemeld (uiterlijk " + deadline + ").";
            default -> throw new IllegalStateException("a booking in " + booking.state() + " has no deadline");
        };
        UUID requestId = UUID.nameUUIDFromBytes(("booking/" + bookingId + "/lapse").getBytes());
        release(booking, requestId, "LAPSED", BookingState.LAPSED, reason, actor);
        return true;
    }

    // ---------------------------------------------------------------- money

    private Outcome placeHolds(
            BookingView booking, UUID requestId, Actor actor, LocalDate today, Instant now, boolean insert) {
        AccountId payable = payable(booking.provider(), booking.providerName());
        List<TransferOrder> holds = new ArrayList<>();
        for (BookingView.Payment payment : booking.payments()) {
            holds.add(new TransferOrder.Hold(
                    payment.compartment(),
                    payable,
                    payment.amount().cents(),
                    TransferCode.SPEND,
                    null,
                    "Boeking " + booking.code(),
                    booking.offeringId()));
        }
        List<BookingView.Payment> held = new ArrayList<>();
        CommandId command = null;
        if (!holds.isEmpty()) {
            command = CommandId.derived("booking/" + booking.id() + "/holds/" + requestId);
            CommandResult result = ledger.execute(new LedgerCommand(command, List.of(), holds));
            if (!(result instanceof CommandResult.Executed executed)) {
                return refusedHolds(booking, result);
            }
            for (int i = 0; i < booking.payments().size(); i++) {
                held.add(booking.payments()
                        .get(i)
                        .held(executed.transfers().get(i).id().value()));
            }
        }
        LocalDate answerBy = WorkingDays.after(today, policy.providerAnswersWithin(), policy.holidays());
        BookingView requested = booking.moved(BookingState.REQUESTED, answerBy, null, held, now);
        if (insert) {
            store.insert(requested);
        } else {
            store.update(requested);
        }
        record(requestId, requested, "REQUESTED", command, actor);
        return new Outcome.Done(requested);
    }

    /** A hold refused: the balances moved since the plan was made (shown anew), or a rule refused it. */
    private Outcome refusedHolds(BookingView booking, CommandResult result) {
        if (result instanceof CommandResult.Rejected rejected && balancesMoved(rejected.rule())) {
            Financing.Quote quote = financing.planFor(
                    booking.person(), new OfferingId(UUID.fromString(booking.offeringId())), booking.startDate());
            if (quote instanceof Financing.Quote.Planned planned) {
                return new Outcome.PlanChanged(planned.plan());
            }
        }
        return new Outcome.Refused(BookingRule.NOT_PAYABLE);
    }

    private static boolean balancesMoved(LedgerRule rule) {
        return switch (rule) {
            case INSUFFICIENT_FUNDS, COMPARTMENT_NOT_VALID, COMPARTMENT_EXPIRED -> true;
            default -> false;
        };
    }

    private Outcome release(
            BookingView booking, UUID requestId, String kind, BookingState next, String reason, Actor actor) {
        List<TransferOrder> releases = booking.payments().stream()
                .filter(p -> p.hold() != null)
                .map(p -> (TransferOrder) new TransferOrder.Release(new TransferId(Objects.requireNonNull(p.hold()))))
                .toList();
        CommandId command = null;
        if (booking.state().holdsMoney() && !releases.isEmpty()) {
            command = CommandId.derived("booking/" + booking.id() + "/release/" + requestId);
            CommandResult result = ledger.execute(new LedgerCommand(command, List.of(), releases));
            if (!(result instanceof CommandResult.Executed)) {
                throw new IllegalStateException(
                        "the holds of booking " + booking.code() + " cannot be released: " + result);
            }
        }
        BookingView ended = booking.moved(next, null, reason, booking.payments(), now());
        store.update(ended);
        record(requestId, ended, kind, command, actor);
        return new Outcome.Done(ended);
    }

    private Outcome settle(
            UUID bookingId, UUID requestId, LocalDate startedOn, @Nullable Money amount, BookingState next) {
        Actor actor = actors.current();
        String kind = next.name();
        Optional<Outcome> early = beforeProviderStep(actor, bookingId, requestId, kind);
        if (early.isPresent()) {
            return early.get();
        }
        BookingView booking = store.lock(bookingId).orElseThrow();
        Optional<BookingRule> refusal = mayReport(booking, startedOn);
        if (refusal.isPresent()) {
            return new Outcome.Refused(refusal.get());
        }
        Money charged = amount == null ? booking.price() : amount;
        List<Settlements.Held> holds = booking.payments().stream()
                .map(p -> new Settlements.Held(p.amount().cents(), p.source() == Source.SCHEME))
                .toList();
        List<Long> parts;
        switch (Settlements.settle(
                holds,
                booking.price().cents(),
                booking.eligible().cents(),
                booking.minimumOwn().cents(),
                charged.cents())) {
            case Settlements.Outcome.Settled settled -> parts = settled.amounts();
            case Settlements.Outcome.AbovePrice above -> {
                return new Outcome.Refused(BookingRule.FINAL_PRICE_TOO_HIGH);
            }
            case Settlements.Outcome.BelowGrants below -> {
                return new Outcome.Refused(BookingRule.GRANT_ABOVE_PRICE);
            }
        }
        // One ledger command settles or releases every hold; a grant's hold is released and the grant is then paid
        // as the scheme pays a started grant.
        CommandId command = CommandId.derived("booking/" + booking.id() + "/settle/" + requestId);
        List<TransferOrder> orders = new ArrayList<>();
        for (int i = 0; i < booking.payments().size(); i++) {
            BookingView.Payment payment = booking.payments().get(i);
            TransferId hold = new TransferId(Objects.requireNonNull(payment.hold()));
            long part = parts.get(i);
            orders.add(
                    part == 0 || payment.source() == Source.SCHEME
                            ? new TransferOrder.Release(hold)
                            : new TransferOrder.Settle(hold, part));
        }
        CommandResult result = ledger.execute(new LedgerCommand(command, List.of(), orders));
        if (!(result instanceof CommandResult.Executed executed)) {
            throw new IllegalStateException("the holds of booking " + booking.code() + " cannot be settled: " + result);
        }
        List<BookingView.Payment> payments = new ArrayList<>();
        for (int i = 0; i < booking.payments().size(); i++) {
            BookingView.Payment payment = booking.payments().get(i);
            long part = parts.get(i);
            UUID transfer = null;
            if (payment.source() == Source.SCHEME) {
                transfer = schemes.startThroughBooking(
                                booking.person(),
                                payment.compartment().value(),
                                UUID.fromString(booking.offeringId()),
                                startedOn,
                                UUID.nameUUIDFromBytes(("booking/" + booking.id() + "/grant/" + i).getBytes()),
                                "boeking " + booking.code())
                        .map(application ->
                                Objects.requireNonNull(application.start()).settlement())
                        .orElseThrow(() -> new IllegalStateException(
                                "no granted application holds compartment " + payment.compartment()));
            } else if (part > 0) {
                transfer = executed.transfers().get(i).id().value();
                store.insertSettlement(
                        booking.id(), new ProviderSettlements.Settlement(transfer, booking.provider(), part));
            }
            payments.add(payment.settledWith(Money.cents(part), transfer));
        }
        String reason = next == BookingState.STOPPED_EARLY
                ? "Voortijdig gestopt. Geleverd: " + charged.toDecimalString() + " euro."
                : null;
        BookingView settledBooking = booking.started(next, startedOn, charged, reason, payments, now());
        store.update(settledBooking);
        record(requestId, settledBooking, kind, command, actor);
        return new Outcome.Done(settledBooking);
    }

    /** Whether the provider may report the start (or a no-show, or an early stop) of this booking now. */
    private Optional<BookingRule> mayReport(BookingView booking, LocalDate startedOn) {
        if (booking.state() != BookingState.ACCEPTED) {
            return Optional.of(BookingRule.NOT_ACCEPTED);
        }
        LocalDate today = today();
        if (today.isAfter(Objects.requireNonNull(booking.deadline()))) {
            return Optional.of(BookingRule.DEADLINE_PASSED);
        }
        if (startedOn.isBefore(booking.startDate()) || startedOn.isAfter(today)) {
            return Optional.of(BookingRule.START_OUT_OF_RANGE);
        }
        return Optional.empty();
    }

    /** The provider's payable account (its id is the provider's), opened at its first booking. */
    private AccountId payable(UUID provider, String name) {
        AccountId payable = new AccountId(provider);
        if (actors.asSystem(() -> ledger.account(payable)).isPresent()) {
            return payable;
        }
        CommandResult opened = actors.asSystem(() -> ledger.execute(new LedgerCommand(
                CommandId.derived("provider-payable/" + payable),
                List.of(new OpenAccount(
                        payable,
                        AccountKind.PROVIDER_PAYABLE,
                        Unit.EUR,
                        name.length() > 200 ? name.substring(0, 200) : name,
                        false,
                        null,
                        null)),
                List.of())));
        if (!(opened instanceof CommandResult.Executed)
                && !(opened instanceof CommandResult.Rejected r && r.rule() == LedgerRule.ACCOUNT_EXISTS)) {
            throw new IllegalStateException("cannot open the payable account of provider " + provider + ": " + opened);
        }
        return payable;
    }

    // ---------------------------------------------------------------- who

    /** The person whose booking it is: the citizen, or the one an adviser acts for. */
    private PersonId subject(Actor actor) {
        PersonId person = Subject.of(actor);
        if (person == null) {
            actors.refuse("booking", "no citizen");
            throw new NotPermitted("Only a citizen, or an adviser acting for one under a mandate, books a training");
        }
        return person;
    }

    private Optional<BookingView> ownBooking(Actor actor, UUID bookingId, boolean record) {
        Optional<BookingView> found = store.booking(bookingId).filter(b -> isPersonOf(actor, b));
        if (found.isEmpty() && record) {
            actors.refuse("booking", bookingId.toString());
        }
        return found;
    }

    /** What a provider's step answers before it looks at the booking: a replay, or absence for anyone else. */
    private Optional<Outcome> beforeProviderStep(Actor actor, UUID bookingId, UUID requestId, String kind) {
        Optional<Outcome> replay = replay(requestId, bookingId, kind);
        if (replay.isPresent()) {
            return replay;
        }
        return providersBooking(actor, bookingId).isEmpty() ? Optional.of(new Outcome.NotFound()) : Optional.empty();
    }

    private Optional<BookingView> providersBooking(Actor actor, UUID bookingId) {
        Optional<BookingView> found = store.booking(bookingId).filter(b -> isProviderOf(actor, b));
        if (found.isEmpty()) {
            actors.refuse("booking", bookingId.toString());
        }
        return found;
    }

    private static boolean isPersonOf(Actor actor, BookingView booking) {
        return booking.person().equals(Subject.of(actor));
    }

    private static boolean isProviderOf(Actor actor, BookingView booking) {
        return actor.has(Role.PROVIDER) && booking.provider().equals(actor.organisation());
    }

    private static boolean isOperator(Actor actor) {
        return actor.isSystem() || actor.has(Role.SCHEME_ADMINISTRATOR);
    }

    // ---------------------------------------------------------------- steps

    private Optional<Outcome> replay(UUID requestId, UUID bookingId, String kind) {
        Optional<BookingStore.Change> earlier = store.change(requestId);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (!earlier.get().booking().equals(bookingId) || !earlier.get().kind().equals(kind)) {
            return Optional.of(new Outcome.RequestIdReused());
        }
        return Optional.of(booking(bookingId)
                .<Outcome>map(b -> new Outcome.Done(b.asReplay()))
                .orElseGet(Outcome.NotFound::new));
    }

    private void record(UUID requestId, BookingView booking, String kind, @Nullable CommandId command, Actor actor) {
        store.insertChange(new BookingStore.Change(
                requestId,
                booking.id(),
                kind,
                command == null ? null : command.value(),
                actor.userId(),
                actor.actingFor(),
                now()));
    }

    private static String code(UUID id) {
        String hex = id.toString().replace("-", "");
        // The random end of a time-ordered id: 48 bits, unique in practice (and held unique by the table).
        return "B-" + hex.substring(hex.length() - 12).toUpperCase(Locale.ROOT);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Ledger.ZONE);
    }

    private Instant now() {
        // PostgreSQL keeps microseconds: what is returned now equals what is read back.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
