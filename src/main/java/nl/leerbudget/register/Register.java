package nl.leerbudget.register;

import static nl.leerbudget.identity.Role.PROVIDER;
import static nl.leerbudget.identity.Role.REGISTER_REVIEWER;
import static nl.leerbudget.identity.Role.SCHEME_ADMINISTRATOR;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.ledger.Purpose;
import nl.leerbudget.register.domain.AssessmentFramework;
import nl.leerbudget.register.domain.CatalogueEntries;
import nl.leerbudget.register.domain.Offerings;
import nl.leerbudget.register.domain.Providers;
import nl.leerbudget.shared.Iban;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The training register's API. Providers register and submit offerings; the assessment framework checks every
 * version; a reviewer admits or rejects with a reason; suspending a provider stops new bookings of its offerings.
 * Providers are public (with their status and its reason, so a suspension is explained), their IBAN only for
 * themselves and reviewers; admitted offerings are public, the rest only for their provider and reviewers.
 * Every change of an offering or a provider brings the public {@link Catalogue} in line in the same transaction.
 */
@Service
public class Register {

    private static final int SIMILAR_PRICES = 200;

    private final Providers providers;
    private final Offerings offerings;
    private final CatalogueEntries catalogue;
    private final Actors actors;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final PaymentPurposes purposes;

    Register(
            PaymentPurposes purposes,
            Providers providers,
            Offerings offerings,
            CatalogueEntries catalogue,
            Actors actors,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.purposes = purposes;
        this.providers = providers;
        this.offerings = offerings;
        this.catalogue = catalogue;
        this.actors = actors;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public ProviderView registerProvider(RegisterProvider registration) {
        Actor actor = actors.current();
        boolean self = actor.has(PROVIDER) && registration.id().value().equals(actor.organisation());
        if (!self && !isReviewer(actor)) {
            throw new NotPermitted("a provider registers itself; reviewers may register any");
        }
        return inTransaction(() -> {
            if (providers.find(registration.id()).isPresent() || providers.kvkTaken(registration.kvk())) {
                throw new RegisterConflict("a provider with this id or KvK number is already registered");
            }
            var provider = new ProviderView(
                    registration.id(),
                    registration.kvk(),
                    registration.name(),
                    new Iban(registration.iban()).value(),
                    ProviderStatus.PENDING,
                    "Aangemeld; wacht op beoordeling.",
                    clock.instant(),
                    registration.qualityMarks());
            providers.insert(provider, clock.instant());
            return provider;
        });
    }

    public Optional<ProviderView> provider(ProviderId id) {
        Actor actor = actors.current();
        return providers.find(id).map(p -> mayManage(actor, id) ? p : withoutIban(p));
    }

    /** A reviewer admits, suspends or excludes a provider, always with a reason. */
    public ProviderView decideProvider(ProviderId id, ProviderStatus status, String reason) {
        if (!isReviewer(actors.current())) {
            throw new NotPermitted("only register reviewers decide on providers");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a decision has a reason");
        }
        return inTransaction(() -> {
            if (providers.find(id).isEmpty()) {
                throw new RegisterConflict("no provider " + id);
            }
            providers.changeStatus(id, status, reason, clock.instant());
            catalogue.refreshProvider(id);
            return providers.find(id).orElseThrow();
        });
    }

    /** A provider submits a new offering; the framework checks it and it goes to review unless rejected. */
    public OfferingView submitOffering(ProviderId provider, OfferingDetails details) {
        requireManages(provider);
        OfferingId id = new OfferingId(UUID.randomUUID());
        return inTransaction(() -> check(id, provider, 1, details));
    }

    /** A new version of an offering; what was booked keeps the version it was booked at. */
    public OfferingView reviseOffering(OfferingId id, OfferingDetails details) {
        Offerings.Current current = offerings.find(id).orElseThrow(() -> new RegisterConflict("no offering " + id));
        requireManages(current.provider());
        return inTransaction(() -> check(id, current.provider(), current.version() + 1, details));
    }

    /**
     * The provider says which ESCO skills the offering teaches: a new version with only its skills changed, which keeps
     * the offering's status, reason and findings, since the assessment framework does not judge skills (reviewers see
     * them on the review queue, and the change is in the audit trail). Bookings keep the version they were booked at.
     * The same skills in another order change nothing.
     *
     * @param skills ESCO skill URIs, each once, at most {@link OfferingDetails#MAX_SKILLS}
     */
    public OfferingView tagSkills(OfferingId id, List<String> skills) {
        if (skills.size() > OfferingDetails.MAX_SKILLS
                || skills.stream().distinct().count() != skills.size()
                || !skills.stream()
                        .allMatch(s -> OfferingDetails.ESCO_SKILL.matcher(s).matches())) {
            throw new IllegalArgumentException("at most " + OfferingDetails.MAX_SKILLS + " distinct ESCO skill URIs");
        }
        return inTransaction(() -> {
            Offerings.Current current = offerings.find(id).orElseThrow(() -> new RegisterConflict("no offering " + id));
            requireManages(current.provider());
            if (Set.copyOf(current.details().skills()).equals(Set.copyOf(skills))) {
                return view(current);
            }
            offerings.addVersion(
                    id,
                    current.provider(),
                    current.version() + 1,
                    current.details().withSkills(skills),
                    current.findings(),
                    current.status(),
                    current.statusReason(),
                    clock.instant());
            catalogue.refresh(List.of(id));
            return view(offerings.find(id).orElseThrow());
        });
    }

    /** An offering a provider submits, for {@link #admitCatalogue}. */
    public record Submission(ProviderId provider, OfferingDetails details) {}

    /**
     * Registers and admits providers, then submits their offerings and admits each one the assessment framework did
     * not reject, all in one transaction: a catalogue of hundreds (the demo's) in one commit instead of hundreds.
     * Each step is the same as its own call ({@link #registerProvider}, {@link #decideProvider},
     * {@link #submitOffering}, {@link #decideOffering}), with the same checks. For reviewers.
     *
     * @return the offerings as they ended: admitted, or rejected by the framework
     */
    public List<OfferingView> admitCatalogue(
            List<RegisterProvider> newProviders,
            List<Submission> submissions,
            String providerReason,
            String offeringReason) {
        if (!isReviewer(actors.current())) {
            throw new NotPermitted("only register reviewers admit a catalogue");
        }
        return inTransaction(() -> {
            for (RegisterProvider provider : newProviders) {
                registerProvider(provider);
                decideProvider(provider.id(), ProviderStatus.ADMITTED, providerReason);
            }
            List<OfferingView> ended = new java.util.ArrayList<>(submissions.size());
            for (Submission submission : submissions) {
                OfferingView submitted = submitOffering(submission.provider(), submission.details());
                ended.add(
                        submitted.status() == OfferingStatus.IN_REVIEW
                                ? decideOffering(submitted.id(), true, offeringReason)
                                : submitted);
            }
            return ended;
        });
    }

    /**
     * The type of every offering in the register (public facts, whatever the offering's status), for statistics that
     * group spending by type; one read.
     */
    @Transactional(readOnly = true)
    public java.util.Map<OfferingId, nl.leerbudget.shared.OfferingType> offeringTypes() {
        return offerings.types();
    }

    /**
     * Every offering in the register at its current version, with its provider, type and price (public facts,
     * whatever the offering's status), for the signals of misuse; one read.
     */
    @Transactional(readOnly = true)
    public List<OfferingSummary> offeringSummaries() {
        return offerings.summaries();
    }

    /** Admitted offerings for everyone; others for their provider and reviewers only (absent otherwise). */
    public Optional<OfferingView> offering(OfferingId id) {
        Actor actor = actors.current();
        return offerings
                .find(id)
                .filter(o -> o.status() == OfferingStatus.ADMITTED || mayManage(actor, o.provider()))
                .map(this::view);
    }

    /**
     * An offering as a financing plan or a booking needs it, in one database read: as {@link #offering}, with the
     * same visibility and the same answer to whether it can be booked, but without the review findings of its current
     * version ({@link OfferingView#findings()} is empty) and without the provider's quality marks.
     */
    public Optional<OfferingView> offeringToBook(OfferingId id) {
        Actor actor = actors.current();
        return offerings
                .findWithProvider(id)
                .filter(found -> found.offering().status() == OfferingStatus.ADMITTED
                        || mayManage(actor, found.offering().provider()))
                .map(found ->
                        view(found.offering(), found.providerName(), found.providerStatus(), found.providerReason()));
    }

    /**
     * What the ledger holds a payment for this offering against, from the offering as read here: the same facts, by
     * the same mapping, as the register gives the ledger ({@link nl.leerbudget.ledger.Purposes}) when the money moves,
     * without reading the offering again.
     */
    public Purpose purposeOf(OfferingView offering) {
        return purposes.purpose(offering.id().toString(), offering.provider(), offering.details());
    }

    /** The details of one version, as booked. */
    public Optional<OfferingDetails> offeringVersion(OfferingId id, int version) {
        return offering(id).flatMap(o -> offerings.version(id, version));
    }

    /** A provider's own offerings, in every status, for the provider itself and reviewers. */
    public List<OfferingView> offeringsOf(ProviderId provider, int limit) {
        requireManages(provider);
        return offerings.ofProvider(provider, limit).stream().map(this::view).toList();
    }

    public List<OfferingView> reviewQueue(int limit) {
        if (!isReviewer(actors.current())) {
            throw new NotPermitted("the review queue is for register reviewers");
        }
        return offerings.inReview(limit).stream().map(this::view).toList();
    }

    /** A reviewer's decision on the current version of an offering in review. */
    public OfferingView decideOffering(OfferingId id, boolean admit, String reason) {
        Actor actor = actors.current();
        if (!isReviewer(actor)) {
            throw new NotPermitted("only register reviewers decide on offerings");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a decision has a reason");
        }
        return inTransaction(() -> {
            Offerings.Current current = offerings.find(id).orElseThrow(() -> new RegisterConflict("no offering " + id));
            if (current.status() != OfferingStatus.IN_REVIEW) {
                throw new RegisterConflict("the offering is not in review but " + current.status());
            }
            if (admit && current.findings().stream().anyMatch(f -> f.effect() == Finding.Effect.REJECT)) {
                throw new RegisterConflict("an offering with a rejecting finding cannot be admitted");
            }
            offerings.decide(
                    id,
                    current.version(),
                    admit ? OfferingStatus.ADMITTED : OfferingStatus.REJECTED,
                    reason,
                    actor.userId(),
                    clock.instant());
            catalogue.refresh(List.of(id));
            return view(offerings.find(id).orElseThrow());
        });
    }

    private OfferingView check(OfferingId id, ProviderId provider, int version, OfferingDetails details) {
        ProviderView owner =
                providers.find(provider).orElseThrow(() -> new RegisterConflict("no provider " + provider));
        List<Finding> findings = AssessmentFramework.check(
                new AssessmentFramework.Provider(owner.status(), owner.qualityMarks()),
                details,
                offerings.admittedPricesPerHour(details.type(), SIMILAR_PRICES),
                LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Amsterdam"))));
        boolean rejected = findings.stream().anyMatch(f -> f.effect() == Finding.Effect.REJECT);
        OfferingStatus status = rejected ? OfferingStatus.REJECTED : OfferingStatus.IN_REVIEW;
        String reason = rejected
                ? "Afgewezen door de automatische toetsing; zie de bevindingen."
                : "Doorgestuurd naar een beoordelaar.";
        offerings.addVersion(id, provider, version, details, findings, status, reason, clock.instant());
        catalogue.refresh(List.of(id));
        return view(offerings.find(id).orElseThrow());
    }

    private OfferingView view(Offerings.Current current) {
        ProviderView provider = providers.find(current.provider()).orElseThrow();
        return view(current, provider.name(), provider.status(), provider.statusReason());
    }

    private static OfferingView view(
            Offerings.Current current, String providerName, ProviderStatus providerStatus, String providerReason) {
        String bookable;
        boolean canBook = false;
        if (current.status() != OfferingStatus.ADMITTED) {
            bookable = "Deze opleiding is (nog) niet toegelaten tot het scholingsregister.";
        } else if (providerStatus != ProviderStatus.ADMITTED) {
            bookable = "De aanbieder is " + (providerStatus == ProviderStatus.SUSPENDED ? "geschorst" : "uitgesloten")
                    + ": zolang dat zo is, kunt u deze opleiding niet gebruiken voor een regeling. Reden: "
                    + providerReason;
        } else {
            bookable =
                    "Deze opleiding is toegelaten tot het scholingsregister. U kunt haar gebruiken voor een regeling.";
            canBook = true;
        }
        return new OfferingView(
                current.id(),
                current.provider(),
                providerName,
                current.version(),
                current.details(),
                current.status(),
                current.statusReason(),
                current.findings(),
                canBook,
                bookable,
                current.updatedAt());
    }

    /** Refuses (403, recorded for the audit trail) unless the current actor may manage the provider's offerings. */
    public void requireManages(ProviderId provider) {
        if (!mayManage(actors.current(), provider)) {
            actors.refuse("provider", provider.toString());
            throw new NotPermitted("only the provider itself manages its offerings");
        }
    }

    private static boolean mayManage(Actor actor, ProviderId provider) {
        return isReviewer(actor) || (actor.has(PROVIDER) && provider.value().equals(actor.organisation()));
    }

    private static boolean isReviewer(Actor actor) {
        return actor.isSystem() || actor.has(REGISTER_REVIEWER) || actor.has(SCHEME_ADMINISTRATOR);
    }

    private static ProviderView withoutIban(ProviderView p) {
        return new ProviderView(
                p.id(), p.kvk(), p.name(), null, p.status(), p.statusReason(), p.statusChangedAt(), p.qualityMarks());
    }

    private <T> T inTransaction(Supplier<T> work) {
        T result = transactions.execute(status -> work.get());
        return java.util.Objects.requireNonNull(result);
    }
}
