package nl.leerbudget.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.identity.Role;
import nl.leerbudget.monitoring.domain.MisuseSignals;
import nl.leerbudget.monitoring.domain.SignalPolicyReader;
import nl.leerbudget.overview.BookingCancellation;
import nl.leerbudget.overview.BookingMonth;
import nl.leerbudget.overview.BookingStatistics;
import nl.leerbudget.register.OfferingStatus;
import nl.leerbudget.register.OfferingSummary;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.Register;
import nl.leerbudget.schemes.GrantMonth;
import nl.leerbudget.schemes.GrantStage;
import nl.leerbudget.schemes.GrantStatistics;
import nl.leerbudget.schemes.GrantTally;
import nl.leerbudget.schemes.PayoutHold;
import nl.leerbudget.schemes.PayoutHolds;
import org.springframework.stereotype.Service;

/**
 * The signals of misuse fed from operations, for register reviewers and scheme administrators: M1 (participants per
 * offering over the cap), M2 (a provider's bookings and grants per month against its history), M3 (prices far above
 * comparable offerings) and M5 (bookings requested and cancelled in a pattern), each computed by the pure rules of
 * {@link MisuseSignals} from the aggregate views of {@code register}, {@code schemes} and {@code overview}. M4 and M6
 * need facts the system does not hold (people's bank accounts, addresses, devices, login changes) and are not fed.
 */
@Service
public class MisuseWatch {

    private final Register register;
    private final GrantStatistics grants;
    private final BookingStatistics bookings;
    private final PayoutHolds holds;
    private final Actors actors;
    private final Clock clock;
    private final SignalPolicy policy = SignalPolicyReader.builtIn();

    MisuseWatch(
            Register register,
            GrantStatistics grants,
            BookingStatistics bookings,
            PayoutHolds holds,
            Actors actors,
            Clock clock) {
        this.register = register;
        this.grants = grants;
        this.bookings = bookings;
        this.holds = holds;
        this.actors = actors;
        this.clock = clock;
    }

    public SignalPolicy policy() {
        return policy;
    }

    /** The signals now, M1, M2, M3 and M5 in that order, each pointing at a provider. */
    public List<ReviewSignal> signals() {
        requireReviewer();
        Map<String, OfferingSummary> offerings = new HashMap<>();
        for (OfferingSummary offering : register.offeringSummaries()) {
            offerings.put(offering.id().value().toString(), offering);
        }
        Map<UUID, String> providerNames = new HashMap<>();
        offerings.values().forEach(o -> providerNames.put(o.provider().value(), o.providerName()));
        Set<UUID> held = holds.holds().stream().map(PayoutHold::provider).collect(Collectors.toSet());
        List<BookingMonth> booked = bookings.perOfferingAndMonth();

        List<ReviewSignal> signals = new ArrayList<>();
        // M1: people with an open or started grant, and people with an active booking, per offering. A grant inside a
        // booking counts twice; the cap is a signal for a reviewer, not a decision.
        Map<String, Long> participants = new HashMap<>();
        for (GrantTally tally : grants.grants()) {
            if (tally.stage() == GrantStage.OPEN || tally.stage() == GrantStage.STARTED) {
                participants.merge(tally.offering().toString(), tally.grants(), Long::sum);
            }
        }
        booked.forEach(month -> participants.merge(month.offering(), month.active(), Long::sum));
        List<MisuseSignals.OfferingParticipants> perOffering = new ArrayList<>();
        participants.forEach((offering, count) -> {
            OfferingSummary known = offerings.get(offering);
            if (known != null) {
                perOffering.add(new MisuseSignals.OfferingParticipants(offering, known.providerName(), count));
            }
        });
        for (Signal signal : MisuseSignals.overCap(perOffering, policy)) {
            OfferingSummary offering = offerings.get(signal.subject());
            if (offering != null) {
                signals.add(new ReviewSignal(
                        signal,
                        offering.provider(),
                        offering.providerName(),
                        offering.name(),
                        held.contains(offering.provider().value())));
            }
        }

        // M2: a provider's grants and bookings per month.
        List<MisuseSignals.ProviderMonth> months = new ArrayList<>();
        for (GrantMonth month : grants.grantsPerMonth()) {
            OfferingSummary offering = offerings.get(month.offering().toString());
            if (offering != null) {
                months.add(new MisuseSignals.ProviderMonth(
                        offering.provider().value().toString(), month.month(), month.grants()));
            }
        }
        booked.forEach(month -> months.add(
                new MisuseSignals.ProviderMonth(month.provider().toString(), month.month(), month.bookings())));
        for (Signal signal : MisuseSignals.jumps(months, policy)) {
            UUID provider = UUID.fromString(signal.subject());
            String name = providerNames.getOrDefault(provider, signal.subject());
            signals.add(new ReviewSignal(signal, new ProviderId(provider), name, name, held.contains(provider)));
        }

        // M3: prices of offerings that are or may become bookable, against others of their type.
        List<MisuseSignals.OfferingPrice> prices = new ArrayList<>();
        for (OfferingSummary offering : offerings.values()) {
            if (offering.status() != OfferingStatus.REJECTED && offering.priceCents() > 0) {
                prices.add(new MisuseSignals.OfferingPrice(
                        offering.id().value().toString(),
                        offering.providerName(),
                        Statistics.type(offering.type()),
                        offering.priceCents()));
            }
        }
        for (Signal signal : MisuseSignals.prices(prices, policy)) {
            OfferingSummary offering = offerings.get(signal.subject());
            if (offering != null) {
                signals.add(new ReviewSignal(
                        signal,
                        offering.provider(),
                        offering.providerName(),
                        offering.name(),
                        held.contains(offering.provider().value())));
            }
        }

        // M5: bookings requested and cancelled, per person (a pseudonym) and per provider, in the window the policy
        // sets (looked at twice over, so that a pattern that began before the window is seen whole).
        Instant since = clock.instant().minus(policy.cancelWindow().multipliedBy(2));
        List<BookingCancellation> cancelled = bookings.cancelledSince(since);
        List<MisuseSignals.Cancellation> cancellations = cancelled.stream()
                .map(c -> new MisuseSignals.Cancellation(
                        c.booking(), c.personKey(), c.provider().toString(), c.cancelledAt()))
                .toList();
        // A person's signal points at the provider of their latest cancellation: the one a reviewer looks at first.
        Map<String, UUID> providerOfPerson = new HashMap<>();
        cancelled.forEach(c -> providerOfPerson.put("persoon " + c.personKey(), c.provider()));
        for (Signal signal : MisuseSignals.startedAndCancelled(cancellations, policy)) {
            UUID person = providerOfPerson.get(signal.subject());
            UUID provider =
                    person != null ? person : UUID.fromString(signal.subject().substring("aanbieder ".length()));
            String name = providerNames.getOrDefault(provider, provider.toString());
            String subject = person != null ? signal.subject() : name;
            signals.add(new ReviewSignal(signal, new ProviderId(provider), name, subject, held.contains(provider)));
        }
        return signals;
    }

    private Actor requireReviewer() {
        Actor actor = actors.current();
        if (!actor.isSystem() && !actor.has(Role.REGISTER_REVIEWER) && !actor.has(Role.SCHEME_ADMINISTRATOR)) {
            throw new NotPermitted("only register reviewers and scheme administrators see the signals of misuse");
        }
        return actor;
    }
}
