package nl.leerbudget.schemes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.identity.BenefitFacts;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.BulkCredit;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferId;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.OfferingStatus;
import nl.leerbudget.register.OfferingView;
import nl.leerbudget.register.Register;
import nl.leerbudget.schemes.domain.SchemeStore;
import nl.leerbudget.schemes.domain.WindowRow;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.shared.TimeOrderedIds;

/**
 * Decides applications inside the caller's transaction, as the system: a batch of new requests for one locked window,
 * the draw of a lottery, the promotion of the waiting list when a window closes. Grants become compartments of the
 * people's learning accounts in the same transaction, one bulk credit per batch.
 */
final class Decisions {

    private final SchemeStore store;
    private final Ledger ledger;
    private final Register register;
    private final BenefitFacts benefits;
    private final Clock clock;

    Decisions(SchemeStore store, Ledger ledger, Register register, BenefitFacts benefits, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.register = register;
        this.benefits = benefits;
        this.clock = clock;
    }

    /**
     * Would this person qualify in the window for the offering today? Not when they applied in this window already:
     * then the answer is the intake's own (rule A1), word for word.
     */
    Assessment assess(WindowRow window, PersonId person, UUID offeringId) {
        if (!store.appliedIn(window.id(), List.of(person)).isEmpty()) {
            // What the intake answers an application from this person in this window (decide, rule A1), so that
            // "Kan ik meedoen?" and the application give the same rule and the same words.
            return new Assessment.Ineligible(List.of(Allocation.secondApplicationReason()));
        }
        Scheme scheme = scheme(window);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Ledger.ZONE);
        Facts facts = facts(scheme, window, List.of(person), today);
        return facts.assess(scheme, person, offeringId, today);
    }

    /**
     * Whether the person may qualify in the window on the day, by the rules about the person alone: what
     * {@link #assess} answers before the offering's rules, the same rules in the same words.
     */
    Qualification qualification(WindowRow window, Scheme scheme, PersonId person, LocalDate day) {
        if (!store.appliedIn(window.id(), List.of(person)).isEmpty()) {
            return new Qualification.DoesNotQualify(List.of(Allocation.secondApplicationReason()));
        }
        return facts(scheme, window, List.of(person), day).qualification(scheme, person, day);
    }

    /** Decides one batch of requests for one window, in their order. */
    List<Intake.Answer> decide(UUID windowId, List<Intake.Request> batch) {
        WindowRow window =
                store.lockWindow(windowId).orElseThrow(() -> new IllegalStateException("no window " + windowId));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Ledger.ZONE);
        Scheme scheme = scheme(window);

        Map<UUID, SchemeApplication> earlier = store.byRequest(
                window.id(),
                window.code(),
                batch.stream().map(r -> r.request().requestId()).toList());
        List<PersonId> people = batch.stream().map(Intake.Request::person).toList();
        Set<PersonId> applied = new HashSet<>(store.appliedIn(window.id(), people));
        Facts facts = facts(scheme, window, people, today);
        Allocator allocator = Allocator.resume(
                window.pots().stream()
                        .map(p -> new Allocator.Pot(p.pot(), p.remaining(), p.closed()))
                        .toList(),
                window.waiting());

        long receipt = window.lastReceipt();
        long granted = window.grantedCount();
        Money grantedTotal = window.grantedTotal();
        long rejected = window.rejectedCount();
        List<Intake.Answer> answers = new ArrayList<>(batch.size());
        List<SchemeApplication> fresh = new ArrayList<>();
        List<BulkCredit.Line> credits = new ArrayList<>();
        for (Intake.Request request : batch) {
            ApplicationRequest asked = request.request();
            SchemeApplication before = earlier.get(asked.requestId());
            if (before != null) {
                answers.add(replay(before, request));
                continue;
            }
            if (!window.receivesAt(now)) {
                answers.add(new Intake.Answer.Refused(closedConflict(window, now)));
                continue;
            }
            receipt++;
            UUID id = TimeOrderedIds.next();
            Received received = new Received(id, window, receipt, request, now);
            SchemeApplication application;
            if (!applied.add(request.person())) {
                application = received.rejected(List.of(Allocation.secondApplicationReason()));
                rejected++;
            } else {
                Assessment assessment = facts.assess(scheme, request.person(), asked.offeringId(), today);
                switch (assessment) {
                    case Assessment.Ineligible ineligible -> {
                        application = received.rejected(ineligible.reasons());
                        rejected++;
                    }
                    case Assessment.Eligible eligible -> {
                        if (window.allocation() == AllocationMethod.LOTTERY) {
                            application = received.eligible(eligible);
                        } else {
                            Decision decision = allocator.decide(received.asAllocated(
                                    eligible.grantAmount(),
                                    groups(window, scheme, facts, request.person(), asked.offeringId(), today)));
                            switch (decision) {
                                case Decision.Granted grant -> {
                                    LocalDate lapsesOn = scheme.lapse().lapsesOn(today, asked.plannedStart());
                                    UUID compartment = TimeOrderedIds.next();
                                    application = received.granted(eligible, grant, compartment, lapsesOn);
                                    credits.add(credit(application, scheme, today));
                                    granted++;
                                    grantedTotal = grantedTotal.plus(grant.amount());
                                }
                                case Decision.Waitlisted waitlisted ->
                                    application = received.waitlisted(eligible, waitlisted.position());
                                case Decision.Rejected r -> throw new IllegalStateException("allocation rejected " + r);
                            }
                        }
                    }
                }
            }
            fresh.add(application);
            earlier.put(asked.requestId(), application);
            answers.add(new Intake.Answer.Recorded(application));
        }
        if (fresh.isEmpty()) {
            return answers;
        }
        store.insertApplications(fresh);
        credit(window, scheme, credits);
        store.updateWindow(window.with(
                receipt,
                allocator.waiting(),
                granted,
                grantedTotal,
                rejected,
                pots(window, allocator),
                window.closedAt(),
                window.settledAt()));
        return answers;
    }

    /**
     * Closes a locked window: records the closing if it is still open, then draws a lottery that was not drawn, or
     * offers what is left to the waiting list of a first-come window.
     */
    WindowRow close(WindowRow window) {
        Instant now = clock.instant();
        Instant closedAt = window.closedAt() != null ? window.closedAt() : now.isBefore(window.closesAt()) ? now : null;
        if (now.isBefore(window.opensAt()) && window.closedAt() == null) {
            throw new SchemeConflict("window-not-open", "Window " + window.code() + " has not opened yet.");
        }
        WindowRow closing = window.with(
                window.lastReceipt(),
                window.waiting(),
                window.grantedCount(),
                window.grantedTotal(),
                window.rejectedCount(),
                window.pots(),
                closedAt,
                window.settledAt());
        if (window.settledAt() != null) {
            return closing;
        }
        WindowRow settled =
                window.allocation() == AllocationMethod.LOTTERY ? draw(closing, now) : promote(closing, now);
        store.updateWindow(settled);
        return settled;
    }

    private WindowRow draw(WindowRow window, Instant now) {
        Scheme scheme = scheme(window);
        LocalDate today = LocalDate.ofInstant(now, Ledger.ZONE);
        List<SchemeApplication> received =
                store.inWindow(window.id(), window.code(), Set.of(ApplicationStatus.RECEIVED));
        Facts facts = facts(
                scheme, window, received.stream().map(SchemeApplication::person).toList(), today);
        Map<String, SchemeApplication> byReference = new HashMap<>();
        List<Application> entries = new ArrayList<>();
        for (SchemeApplication a : received) {
            byReference.put(a.id().toString(), a);
            entries.add(new Application(
                    a.id().toString(),
                    a.person(),
                    java.util.Objects.requireNonNull(a.amount()),
                    groups(window, scheme, facts, a.person(), a.offeringId(), today)));
        }
        List<SubBudget> subBudgets = new ArrayList<>();
        for (WindowRow.PotRow pot : window.pots()) {
            if (pot.isSubBudget()) {
                subBudgets.add(new SubBudget(pot.pot(), pot.reserved()));
            }
        }
        Allotment allotment = Allocation.lottery(
                entries, new Budget(window.budget()), subBudgets, java.util.Objects.requireNonNull(window.seed()));
        List<SchemeApplication> decided = new ArrayList<>();
        List<BulkCredit.Line> credits = new ArrayList<>();
        long granted = window.grantedCount();
        Money total = window.grantedTotal();
        long rejected = window.rejectedCount();
        for (Outcome outcome : allotment.outcomes()) {
            SchemeApplication a = java.util.Objects.requireNonNull(
                    byReference.get(outcome.application().reference()));
            switch (outcome.decision()) {
                case Decision.Granted grant -> {
                    SchemeApplication g = granted(a, grant, scheme.lapse().lapsesOn(today, a.plannedStart()), now);
                    decided.add(g);
                    credits.add(credit(g, scheme, today));
                    granted++;
                    total = total.plus(grant.amount());
                }
                case Decision.Waitlisted w -> decided.add(waitlisted(a, w.position(), now));
                case Decision.Rejected r -> {
                    decided.add(rejected(a, r.reason(), now));
                    rejected++;
                }
            }
        }
        store.updateDecisions(decided);
        if (!credits.isEmpty()) {
            credit(window, scheme, credits);
        }
        List<WindowRow.PotRow> pots = new ArrayList<>();
        for (WindowRow.PotRow pot : window.pots()) {
            Money left = allotment.remaining().getOrDefault(pot.pot(), pot.remaining());
            pots.add(
                    new WindowRow.PotRow(pot.pot(), pot.upToLevel(), pot.target(), pot.reserved(), left, pot.closed()));
        }
        return window.with(
                window.lastReceipt(),
                allotment.waitlist().size(),
                granted,
                total,
                rejected,
                pots,
                window.closedAt() != null ? window.closedAt() : now,
                now);
    }

    /** After closing, everything left (reserved or not) is offered to the waiting list, in order of position. */
    private WindowRow promote(WindowRow window, Instant now) {
        Scheme scheme = scheme(window);
        LocalDate today = LocalDate.ofInstant(now, Ledger.ZONE);
        Money left = window.budget().minus(window.grantedTotal());
        List<SchemeApplication> waiting =
                store.inWindow(window.id(), window.code(), Set.of(ApplicationStatus.WAITLISTED));
        List<Waiting> list = new ArrayList<>();
        Map<String, SchemeApplication> byReference = new HashMap<>();
        for (SchemeApplication a : waiting) {
            byReference.put(a.id().toString(), a);
            list.add(new Waiting(
                    new Application(
                            a.id().toString(), a.person(), java.util.Objects.requireNonNull(a.amount()), Set.of()),
                    java.util.Objects.requireNonNull(a.waitlistPosition())));
        }
        Promotion promotion = Allocation.promote(list, left);
        Money promotedTotal = record(promotion, byReference, window, scheme, today, now);
        long granted = window.grantedCount() + promotion.promoted().size();
        Money total = window.grantedTotal().plus(promotedTotal);
        Money remaining = promotion.unused();
        List<WindowRow.PotRow> pots = new ArrayList<>();
        for (WindowRow.PotRow pot : window.pots()) {
            boolean general = !pot.isSubBudget();
            pots.add(new WindowRow.PotRow(
                    pot.pot(), pot.upToLevel(), pot.target(), pot.reserved(), general ? remaining : Money.ZERO, true));
        }
        return window.with(
                window.lastReceipt(),
                promotion.waitlist().size(),
                granted,
                total,
                window.rejectedCount(),
                pots,
                window.closedAt() != null ? window.closedAt() : now,
                window.settledAt() != null ? window.settledAt() : now);
    }

    /**
     * Gives the money of grants that ended unused (withdrawn, lapsed) back to their window, locked by the caller, and
     * offers it to the waiting list at once: while a first-come window has not been settled, through the pots the
     * grants were drawn from ({@link Allocator#promote}); once it has (closed, or a lottery drawn), as what is left of
     * the budget, as closing does. The caller has moved the money back to the window's budget account.
     */
    WindowRow release(WindowRow window, List<Freed> freed) {
        Instant now = clock.instant();
        Money returned = Money.ZERO;
        for (Freed f : freed) {
            returned = returned.plus(f.amount());
        }
        WindowRow less = window.with(
                window.lastReceipt(),
                window.waiting(),
                window.grantedCount() - freed.size(),
                window.grantedTotal().minus(returned),
                window.rejectedCount(),
                window.pots(),
                window.closedAt(),
                window.settledAt());
        if (window.settledAt() != null) {
            WindowRow promoted = promote(less, now);
            store.updateWindow(promoted);
            return promoted;
        }
        if (window.allocation() == AllocationMethod.LOTTERY) {
            throw new IllegalStateException("a lottery grants nothing before its draw: window " + window.code());
        }
        Scheme scheme = scheme(window);
        LocalDate today = LocalDate.ofInstant(now, Ledger.ZONE);
        Allocator allocator = Allocator.resume(
                window.pots().stream()
                        .map(p -> new Allocator.Pot(p.pot(), p.remaining(), p.closed()))
                        .toList(),
                window.waiting());
        for (Freed f : freed) {
            allocator.giveBack(parts(window, f));
        }
        List<SchemeApplication> waiting =
                store.inWindow(window.id(), window.code(), Set.of(ApplicationStatus.WAITLISTED));
        Facts facts = facts(
                scheme, window, waiting.stream().map(SchemeApplication::person).toList(), today);
        Map<String, SchemeApplication> byReference = new HashMap<>();
        List<Waiting> list = new ArrayList<>();
        for (SchemeApplication a : waiting) {
            byReference.put(a.id().toString(), a);
            list.add(new Waiting(
                    new Application(
                            a.id().toString(),
                            a.person(),
                            java.util.Objects.requireNonNull(a.amount()),
                            groups(window, scheme, facts, a.person(), a.offeringId(), today)),
                    java.util.Objects.requireNonNull(a.waitlistPosition())));
        }
        Promotion promotion = allocator.promote(list);
        Money promotedTotal = record(promotion, byReference, window, scheme, today, now);
        long granted = less.grantedCount() + promotion.promoted().size();
        Money total = less.grantedTotal().plus(promotedTotal);
        WindowRow after = less.with(
                less.lastReceipt(),
                allocator.waiting(),
                granted,
                total,
                less.rejectedCount(),
                pots(less, allocator),
                less.closedAt(),
                less.settledAt());
        store.updateWindow(after);
        return after;
    }

    /**
     * Stores a promotion of the waiting list: the promoted become grants (one bulk credit from the window's budget
     * account), the rest keep their new positions. Returns the total granted.
     */
    private Money record(
            Promotion promotion,
            Map<String, SchemeApplication> byReference,
            WindowRow window,
            Scheme scheme,
            LocalDate today,
            Instant now) {
        List<SchemeApplication> decided = new ArrayList<>();
        List<BulkCredit.Line> credits = new ArrayList<>();
        Money total = Money.ZERO;
        for (Outcome outcome : promotion.promoted()) {
            SchemeApplication a = java.util.Objects.requireNonNull(
                    byReference.get(outcome.application().reference()));
            Decision.Granted grant = (Decision.Granted) outcome.decision();
            SchemeApplication g = granted(a, grant, scheme.lapse().lapsesOn(today, a.plannedStart()), now);
            decided.add(g);
            credits.add(credit(g, scheme, today));
            total = total.plus(grant.amount());
        }
        for (Waiting still : promotion.waitlist()) {
            decided.add(waitlisted(
                    java.util.Objects.requireNonNull(
                            byReference.get(still.application().reference())),
                    still.position(),
                    now));
        }
        store.updateDecisions(decided);
        credit(window, scheme, credits);
        return total;
    }

    /**
     * What of an ended grant goes back to which pot: all it drew when all of it came back, else (some of it was spent)
     * what came back, to the pots in the window's order.
     */
    static Map<String, Money> parts(WindowRow window, Freed freed) {
        Map<String, Money> parts = new LinkedHashMap<>();
        Money left = freed.amount();
        for (WindowRow.PotRow pot : window.pots()) {
            Money drawn = freed.grant().drawnFrom().getOrDefault(pot.pot(), Money.ZERO);
            Money back = drawn.min(left);
            if (back.isPositive()) {
                parts.put(pot.pot(), back);
                left = left.minus(back);
            }
        }
        if (left.isPositive()) {
            throw new IllegalArgumentException(
                    "more came back than grant " + freed.grant().id() + " drew");
        }
        return parts;
    }

    /** A grant that ended unused, and what of it came back to the window's budget account. */
    record Freed(SchemeApplication grant, Money amount) {
        Freed {
            java.util.Objects.requireNonNull(grant, "grant");
            if (amount.isNegative()) {
                throw new IllegalArgumentException("nothing negative comes back");
            }
        }
    }

    // ---------------------------------------------------------------- ledger

    private static BulkCredit.Line credit(SchemeApplication grant, Scheme scheme, LocalDate today) {
        LocalDate lapsesOn = java.util.Objects.requireNonNull(grant.lapsesOn());
        return new BulkCredit.Line(
                grant.person(),
                new AccountId(java.util.Objects.requireNonNull(grant.compartment())),
                new TransferId(grant.id()),
                java.util.Objects.requireNonNull(grant.amount()).cents(),
                today,
                lapsesOn.minusDays(1).isBefore(today) ? today : lapsesOn.minusDays(1),
                scheme.name() + " " + grant.receiptNumber(),
                grant.offeringId().toString());
    }

    /** The grants of one batch as one bulk credit from the window's budget account, in this transaction. */
    private void credit(WindowRow window, Scheme scheme, List<BulkCredit.Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        BulkCredit.Result result = ledger.creditInBulk(new BulkCredit(
                CommandId.derived("scheme-window/" + window.id() + "/grants/"
                        + lines.getFirst().transfer()),
                new AccountId(window.budgetAccount()),
                TransferCode.DEPOSIT,
                scheme.name(),
                CompartmentConditions.NONE,
                ExpiryRule.RETURN_TO_FUNDER,
                lines));
        if (!(result instanceof BulkCredit.Result.Credited)) {
            // The window's pots never hand out more than its budget account holds: this is a fault, not a decision.
            throw new IllegalStateException("the ledger refused the grants of window " + window.code() + ": " + result);
        }
    }

    // ---------------------------------------------------------------- parts

    /** The scheme version a window runs under. */
    Scheme scheme(WindowRow window) {
        return store.scheme(window.schemeId(), window.schemeVersion())
                .map(s -> Scheme.parse(s.definition(), s.id() + " version " + s.version()))
                .orElseThrow(() -> new IllegalStateException("no scheme for window " + window.code()));
    }

    private static List<WindowRow.PotRow> pots(WindowRow window, Allocator allocator) {
        Map<String, Allocator.Pot> state = new LinkedHashMap<>();
        allocator.pots().forEach(p -> state.put(p.name(), p));
        return window.pots().stream()
                .map(p -> {
                    Allocator.Pot now = java.util.Objects.requireNonNull(state.get(p.pot()));
                    return new WindowRow.PotRow(
                            p.pot(), p.upToLevel(), p.target(), p.reserved(), now.remaining(), now.closed());
                })
                .toList();
    }

    /**
     * The target groups (sub-budgets) an application belongs to: those whose target group includes the person on the
     * day, with the offering applied for. Nobody whose facts are unknown is in any group.
     */
    private static Set<String> groups(
            WindowRow window, Scheme scheme, Facts facts, PersonId person, UUID offeringId, LocalDate day) {
        Applicant applicant = facts.applicant(person);
        Map<String, TargetExpression> subBudgets = new LinkedHashMap<>();
        for (WindowRow.PotRow pot : window.pots()) {
            TargetExpression target = pot.target();
            if (target != null) {
                subBudgets.put(pot.pot(), target);
            }
        }
        if (applicant == null || subBudgets.isEmpty() || day.isBefore(applicant.birthDate())) {
            return Set.of();
        }
        return TargetGroups.of(
                subBudgets,
                new TargetExpression.Subject(
                        applicant,
                        day,
                        facts.offerings().facts(offeringId),
                        Eligibility.followOnYear(scheme, facts.history(person), day)));
    }

    /**
     * The facts of a batch. Benefit facts are asked for only when the scheme or a sub-budget of the window looks at
     * them: the intake of a scheme without such a group does no extra query.
     */
    private Facts facts(Scheme scheme, WindowRow window, List<PersonId> people, LocalDate day) {
        boolean asksForBenefits = scheme.openTo().asksForBenefits()
                || scheme.groups().values().stream().anyMatch(TargetExpression::asksForBenefits)
                || window.pots().stream()
                        .anyMatch(p -> p.target() != null && p.target().asksForBenefits());
        return new Facts(
                store.applicants(people),
                store.grants(scheme.id(), people),
                asksForBenefits ? benefits.receivingOn(people, day) : Set.of(),
                new Offerings(register));
    }

    private static Intake.Answer replay(SchemeApplication before, Intake.Request request) {
        ApplicationRequest asked = request.request();
        boolean same = before.person().equals(request.person())
                && before.offeringId().equals(asked.offeringId())
                && before.plannedStart().equals(asked.plannedStart());
        return same
                ? new Intake.Answer.Recorded(before.asReplay())
                : new Intake.Answer.Refused(new SchemeConflict(
                        "request-id-reused",
                        "Request id " + asked.requestId() + " was used for another application in this window."));
    }

    private static SchemeConflict closedConflict(WindowRow window, Instant now) {
        return now.isBefore(window.opensAt())
                ? new SchemeConflict(
                        "window-not-open", "Window " + window.code() + " opens at " + window.opensAt() + ".")
                : new SchemeConflict("window-closed", "Window " + window.code() + " is closed.");
    }

    private static SchemeApplication granted(
            SchemeApplication a, Decision.Granted grant, LocalDate lapsesOn, Instant now) {
        return a.decided(
                ApplicationStatus.GRANTED,
                grant.amount(),
                a.ownContribution(),
                a.explanation(),
                List.of(),
                null,
                grant.drawnFrom(),
                TimeOrderedIds.next(),
                lapsesOn,
                now);
    }

    private static SchemeApplication waitlisted(SchemeApplication a, int position, Instant now) {
        return a.decided(
                ApplicationStatus.WAITLISTED,
                a.amount(),
                a.ownContribution(),
                a.explanation(),
                List.of(),
                position,
                Map.of(),
                null,
                null,
                now);
    }

    private static SchemeApplication rejected(SchemeApplication a, Reason reason, Instant now) {
        return a.decided(
                ApplicationStatus.REJECTED, null, null, null, List.of(reason), null, Map.of(), null, null, now);
    }

    /** A request that got a receipt, before its decision. */
    private record Received(UUID id, WindowRow window, long receipt, Intake.Request request, Instant now) {

        Application asAllocated(Money amount, Set<String> groups) {
            return new Application(id.toString(), request.person(), amount, groups);
        }

        SchemeApplication rejected(List<Reason> reasons) {
            return application(ApplicationStatus.REJECTED, null, null, null, reasons, null, Map.of(), null, null, now);
        }

        SchemeApplication eligible(Assessment.Eligible eligible) {
            return application(
                    ApplicationStatus.RECEIVED,
                    eligible.grantAmount(),
                    eligible.ownContribution(),
                    eligible.explanation(),
                    List.of(),
                    null,
                    Map.of(),
                    null,
                    null,
                    null);
        }

        SchemeApplication waitlisted(Assessment.Eligible eligible, int position) {
            return application(
                    ApplicationStatus.WAITLISTED,
                    eligible.grantAmount(),
                    eligible.ownContribution(),
                    eligible.explanation(),
                    List.of(),
                    position,
                    Map.of(),
                    null,
                    null,
                    now);
        }

        SchemeApplication granted(
                Assessment.Eligible eligible, Decision.Granted grant, UUID compartment, LocalDate lapsesOn) {
            return application(
                    ApplicationStatus.GRANTED,
                    grant.amount(),
                    eligible.ownContribution(),
                    eligible.explanation(),
                    List.of(),
                    null,
                    grant.drawnFrom(),
                    compartment,
                    lapsesOn,
                    now);
        }

        private SchemeApplication application(
                ApplicationStatus status,
                @org.jspecify.annotations.Nullable Money amount,
                @org.jspecify.annotations.Nullable Money own,
                @org.jspecify.annotations.Nullable String explanation,
                List<Reason> reasons,
                @org.jspecify.annotations.Nullable Integer position,
                Map<String, Money> drawnFrom,
                @org.jspecify.annotations.Nullable UUID compartment,
                @org.jspecify.annotations.Nullable LocalDate lapsesOn,
                @org.jspecify.annotations.Nullable Instant decidedAt) {
            ApplicationRequest asked = request.request();
            return new SchemeApplication(
                    id,
                    window.id(),
                    window.code(),
                    receipt,
                    asked.requestId(),
                    request.person(),
                    asked.offeringId(),
                    asked.plannedStart(),
                    request.submittedBy(),
                    now,
                    status,
                    amount,
                    own,
                    explanation,
                    reasons,
                    position,
                    drawnFrom,
                    compartment,
                    lapsesOn,
                    decidedAt,
                    null,
                    null,
                    false);
        }
    }

    /** The facts of one batch: applicants, their earlier grants, and the offerings (looked up once each). */
    private record Facts(
            Map<PersonId, ApplicantFacts> applicants,
            Map<PersonId, List<GrantHistory.EarlierGrant>> grants,
            Set<PersonId> receivingBenefit,
            Offerings offerings) {

        /** The person as the rules see them on the batch's day, receiving a benefit or not; null when unknown. */
        @org.jspecify.annotations.Nullable
        Applicant applicant(PersonId person) {
            ApplicantFacts known = applicants.get(person);
            return known == null ? null : known.applicant().receivingBenefit(receivingBenefit.contains(person));
        }

        Assessment assess(Scheme scheme, PersonId person, UUID offeringId, LocalDate day) {
            Applicant known = applicant(person);
            if (known == null) {
                return new Assessment.Ineligible(List.of(factsUnknown()));
            }
            OfferingFacts offering = offerings.facts(offeringId);
            if (day.isBefore(known.birthDate())) {
                throw new IllegalStateException("a birth date after today");
            }
            return Eligibility.assess(scheme, known, offering, day, history(person));
        }

        Qualification qualification(Scheme scheme, PersonId person, LocalDate day) {
            Applicant known = applicant(person);
            if (known == null) {
                return new Qualification.DoesNotQualify(List.of(factsUnknown()));
            }
            if (day.isBefore(known.birthDate())) {
                throw new IllegalStateException("a birth date after the day");
            }
            return Qualification.of(Eligibility.aboutThePerson(scheme, known, day, history(person)));
        }

        GrantHistory history(PersonId person) {
            return new GrantHistory(grants.getOrDefault(person, List.of()));
        }

        /** Rule S0: without the basisregistraties' facts no rule about the person can be checked. */
        private static Reason factsUnknown() {
            return new Reason(
                    SchemeRule.S0_FACTS_UNKNOWN,
                    "We kunnen uw gegevens (geboortedatum, werk en opleiding) niet vinden in de basisregistraties."
                            + " Daarom kunnen we niet nagaan of u aan de voorwaarden voldoet. Neem contact met ons op.");
        }
    }

    /** Offering facts as the register shows them now, each looked up once. */
    private static final class Offerings {
        private final Register register;
        private final Map<UUID, OfferingFacts> known = new HashMap<>();

        Offerings(Register register) {
            this.register = register;
        }

        OfferingFacts facts(UUID id) {
            return known.computeIfAbsent(id, this::lookUp);
        }

        private OfferingFacts lookUp(UUID id) {
            Optional<OfferingView> view = register.offering(new OfferingId(id));
            if (view.isEmpty()) {
                // Withdrawn since the request was checked: not admitted, nothing to pay for.
                return new OfferingFacts(nl.leerbudget.shared.OfferingType.SHORT_COURSE, false, false, Money.ZERO);
            }
            OfferingView offering = view.get();
            return new OfferingFacts(
                    offering.details().type(),
                    offering.details().recognised(),
                    offering.status() == OfferingStatus.ADMITTED && offering.bookable(),
                    Money.cents(offering.details().eligibleCostCents()),
                    Set.copyOf(offering.details().fieldsOfStudy()));
        }
    }
}
