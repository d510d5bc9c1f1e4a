package nl.leerbudget.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.funding.ConditionsText;
import nl.leerbudget.funding.FunderRelations;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.LearningAccountView;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.Movement;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.overview.Overview.Compartment;
import nl.leerbudget.overview.domain.OverviewRules;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.ProviderView;
import nl.leerbudget.register.Register;
import nl.leerbudget.schemes.Qualification;
import nl.leerbudget.schemes.SchemeApplication;
import nl.leerbudget.schemes.SchemeWindow;
import nl.leerbudget.schemes.Schemes;
import nl.leerbudget.schemes.WindowProspect;
import nl.leerbudget.schemes.WindowStatus;
import nl.leerbudget.shared.Page;
import nl.leerbudget.shared.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Leeroverzicht: for the logged-in citizen, or an adviser for the citizen who mandated them, every compartment of
 * the learning account by source, what expires soon, the scheme windows they may apply in, their applications and the
 * statement. It reads the ledger, the schemes and the register in one read-only transaction and writes nothing.
 */
@Service
public class Overviews {

    /** Lines of the statement on one page of the overview. */
    public static final int STATEMENT_PAGE_SIZE = 20;

    /** At most this many lines, the newest, in a statement file. */
    public static final int STATEMENT_FILE_LINES = 10_000;

    private final Ledger ledger;
    private final Bookings bookings;
    private final CoFinancing cofinancing;
    private final FunderRelations relations;
    private final Schemes schemes;
    private final Register register;
    private final Sources sources;
    private final Actors actors;
    private final Clock clock;

    Overviews(
            Ledger ledger,
            Schemes schemes,
            Register register,
            Sources sources,
            Actors actors,
            Clock clock,
            Bookings bookings,
            CoFinancing cofinancing,
            FunderRelations relations) {
        this.relations = relations;
        this.bookings = bookings;
        this.cofinancing = cofinancing;
        this.ledger = ledger;
        this.schemes = schemes;
        this.register = register;
        this.sources = sources;
        this.actors = actors;
        this.clock = clock;
    }

    /** Whether the actor has an overview: a citizen, or an adviser acting for one under a mandate. */
    public boolean hasOverview() {
        return Subject.of(actors.current()) != null;
    }

    /**
     * The overview with one page of the statement.
     *
     * @throws NotPermitted unless the actor is a citizen, or an adviser acting for a citizen under a mandate
     */
    @Transactional(readOnly = true)
    public Overview overview(int statementPage, int statementPageSize) {
        PersonId person = subject();
        LocalDate today = LocalDate.ofInstant(clock.instant(), Ledger.ZONE);
        List<Compartment> compartments = compartments(person);
        return new Overview(
                person,
                today,
                OverviewRules.expiringSoon(compartments, today),
                OverviewRules.bySource(compartments, today),
                openings(),
                applications(),
                bookings.mine(),
                cofinancing.mine(),
                statement(person, compartments, statementPage, statementPageSize),
                relations.fundersOf(person, today));
    }

    /**
     * One page of the statement over all the person's compartments, newest first.
     *
     * @throws NotPermitted unless the actor is a citizen, or an adviser acting for a citizen under a mandate
     */
    @Transactional(readOnly = true)
    public Page<Overview.Line> statement(int page, int pageSize) {
        PersonId person = subject();
        return statement(person, compartments(person), page, pageSize);
    }

    private List<Compartment> compartments(PersonId person) {
        LearningAccountId account = LearningAccountId.of(person);
        List<AccountView> views = ledger.learningAccount(account)
                .map(LearningAccountView::compartments)
                .orElse(List.of());
        Map<AccountId, Long> spent = ledger.spent(account).orElse(Map.of());
        List<AccountView> compartments =
                views.stream().filter(view -> view.compartment() != null).toList();
        Map<AccountId, Source> sourceOf = sources.of(compartments);
        return compartments.stream()
                .map(view -> compartment(
                        view, Objects.requireNonNull(sourceOf.get(view.id())), spent.getOrDefault(view.id(), 0L)))
                .toList();
    }

    private static Compartment compartment(AccountView view, Source source, long spent) {
        CompartmentTerms terms = Objects.requireNonNull(view.compartment());
        return new Compartment(
                view.id(),
                view.name(),
                source,
                view.unit(),
                view.available(),
                view.held(),
                spent,
                terms.validFrom(),
                terms.validUntil(),
                view.expiredAt() != null,
                ConditionsText.of(terms.conditions()));
    }

    private Page<Overview.Line> statement(PersonId person, List<Compartment> compartments, int page, int pageSize) {
        Optional<Page<Movement>> found = ledger.movements(LearningAccountId.of(person), page, pageSize);
        if (found.isEmpty()) {
            return new Page<>(List.of(), page, pageSize, 0);
        }
        Map<AccountId, Compartment> byId = new HashMap<>();
        compartments.forEach(c -> byId.put(c.id(), c));
        Map<AccountId, Optional<String>> providers = new HashMap<>();
        List<Overview.Line> lines = found.get().items().stream()
                .map(movement -> {
                    // Null only for a compartment opened between the two reads; its line shows without a label.
                    Compartment compartment = byId.get(movement.compartment());
                    Source source = compartment == null ? Source.STATE : compartment.source();
                    String payee = movement.transfer().code() == TransferCode.SPEND
                            ? providers
                                    .computeIfAbsent(movement.counterparty(), this::providerName)
                                    .orElse(null)
                            : null;
                    return new Overview.Line(
                            movement.transfer().id(),
                            movement.transfer().bookedAt(),
                            LocalDate.ofInstant(movement.transfer().bookedAt(), Ledger.ZONE),
                            movement.compartment(),
                            compartment == null ? "" : compartment.label(),
                            source,
                            movement.transfer().code(),
                            OverviewRules.describe(movement.transfer().code(), movement.change() > 0, source, payee),
                            movement.change(),
                            movement.transfer().unit());
                })
                .toList();
        return new Page<>(lines, page, pageSize, found.get().total());
    }

    /** A provider's payable account has the provider's id; providers are public. */
    private Optional<String> providerName(AccountId payable) {
        return register.provider(new ProviderId(payable.value())).map(ProviderView::name);
    }

    private List<Overview.Opening> openings() {
        return schemes.prospects().stream().map(Overviews::opening).toList();
    }

    private static Overview.Opening opening(WindowProspect prospect) {
        SchemeWindow window = prospect.window();
        return new Overview.Opening(
                window.id(),
                window.name(),
                prospect.scheme().name(),
                window.status() == WindowStatus.OPEN,
                window.opensAt(),
                window.closesAt(),
                prospect.judgedOn(),
                switch (prospect.qualification()) {
                    case Qualification.MayQualify may -> List.of();
                    case Qualification.DoesNotQualify not -> not.reasons();
                });
    }

    private List<Overview.Application> applications() {
        Map<UUID, String> windows = new HashMap<>();
        Map<UUID, String> offerings = new HashMap<>();
        return schemes.mine().stream()
                .map(a -> application(
                        a,
                        windows.computeIfAbsent(
                                a.windowId(),
                                id -> schemes.window(id).map(SchemeWindow::name).orElse(a.windowCode())),
                        offerings.computeIfAbsent(
                                a.offeringId(),
                                id -> register.offering(new OfferingId(id))
                                        .map(o -> o.details().name())
                                        .orElse("Een opleiding die niet meer in het register staat"))))
                .toList();
    }

    private static Overview.Application application(SchemeApplication a, String window, String offering) {
        return new Overview.Application(
                a.id(),
                a.windowId(),
                a.receiptNumber(),
                window,
                offering,
                a.status(),
                a.amount(),
                a.receivedAt(),
                a.status().isGrant() ? a.lapsesOn() : null);
    }

    /** The person whose overview it is: the citizen, or the one an adviser acts for. */
    private PersonId subject() {
        PersonId person = Subject.of(actors.current());
        if (person == null) {
            actors.refuse("overview", "no citizen");
            throw new NotPermitted("Only a citizen, or an adviser acting for one under a mandate, has an overview");
        }
        return person;
    }
}
