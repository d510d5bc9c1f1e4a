package nl.leerbudget.overview.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.overview.Overview;
import nl.leerbudget.overview.Overview.Compartment;
import nl.leerbudget.overview.Source;
import org.jspecify.annotations.Nullable;

/**
 * How the overview arranges a learning account: compartments grouped by where their money comes from, what expires
 * soon, and what each line of the statement says. Pure functions, so that the page, the API and the CSV file arrange
 * the same account the same way.
 */
public final class OverviewRules {

    /**
     * The order of the groups on the page: the person's own right first, then money given for one training, then the
     * other funders from nearest (employer) to farthest (state), and the person's own money last.
     */
    public static final List<Source> ORDER = List.of(
            Source.LEARNING_RIGHT,
            Source.SCHEME,
            Source.EMPLOYER,
            Source.SECTOR_FUND,
            Source.MUNICIPALITY,
            Source.STATE,
            Source.PERSON);

    /** Soonest last day first, no last day at the end; then by label, then id, so that the order is total. */
    private static final Comparator<Compartment> BY_END = Comparator.comparing(
                    Compartment::validUntil, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Compartment::label)
            .thenComparing(c -> c.id().value());

    private OverviewRules() {}

    /**
     * Every compartment in the group of its source, the groups in {@link #ORDER} and only those with a compartment.
     * Within a group, the compartments that can still be used come first, soonest last day first; those that ended
     * follow, most recently ended first.
     */
    public static List<Overview.SourceGroup> bySource(List<Compartment> compartments, LocalDate today) {
        Map<Source, List<Compartment>> groups = new EnumMap<>(Source.class);
        for (Compartment compartment : compartments) {
            groups.computeIfAbsent(compartment.source(), s -> new ArrayList<>()).add(compartment);
        }
        List<Overview.SourceGroup> ordered = new ArrayList<>();
        for (Source source : ORDER) {
            List<Compartment> group = groups.get(source);
            if (group == null) {
                continue;
            }
            List<Compartment> current = group.stream()
                    .filter(c -> !c.endedBefore(today))
                    .sorted(BY_END)
                    .toList();
            List<Compartment> ended = group.stream()
                    .filter(c -> c.endedBefore(today))
                    .sorted(BY_END.reversed())
                    .toList();
            List<Compartment> all = new ArrayList<>(current);
            all.addAll(ended);
            ordered.add(new Overview.SourceGroup(source, all));
        }
        return List.copyOf(ordered);
    }

    /**
     * The compartments with money available whose last day is today or within {@link Overview#EXPIRY_HORIZON_DAYS}
     * days after it, soonest first. What a hold reserves is left out: it stays reserved for its training after the
     * last day.
     */
    public static List<Compartment> expiringSoon(List<Compartment> compartments, LocalDate today) {
        LocalDate horizon = today.plusDays(Overview.EXPIRY_HORIZON_DAYS);
        return compartments.stream()
                .filter(c -> c.available() > 0 && !c.endedBefore(today))
                .filter(c -> c.validUntil() != null && !c.validUntil().isAfter(horizon))
                .sorted(BY_END)
                .toList();
    }

    /**
     * What a movement of money means for the person, in Dutch at language level B1. Money comes into a compartment
     * the same way whoever gives it (a grant too is a deposit from the window's budget), so its source tells what it
     * was.
     *
     * @param incoming whether the money came into the compartment
     * @param source where the compartment's money comes from
     * @param payee the name of whoever was paid, for a payment; null when unknown or not a payment
     */
    public static String describe(TransferCode code, boolean incoming, Source source, @Nullable String payee) {
        return switch (code) {
            case DEPOSIT, GRANT -> incoming ? deposit(source) : "Afgeschreven";
            case SPEND -> payee == null ? "Betaald aan een opleider" : "Betaald aan " + payee;
            case EXPIRY_RETURN -> "Niet op tijd gebruikt: terug naar wie het geld gaf";
            case EXPIRY_LAPSE -> "Niet op tijd gebruikt: terug naar het Rijk";
            case REVERSAL -> incoming ? "Teruggeboekt (correctie)" : "Afgeboekt (correctie)";
            case ADJUSTMENT -> incoming ? "Aanpassing: bedrag erbij" : "Aanpassing: bedrag eraf";
            // Top-ups and payouts do not touch compartments; named all the same, should one ever appear.
            case TOP_UP, PAYOUT -> incoming ? "Bijgeschreven" : "Afgeschreven";
        };
    }

    private static String deposit(Source source) {
        return switch (source) {
            case LEARNING_RIGHT -> "Leerrecht bijgeschreven";
            case SCHEME -> "Subsidie toegekend";
            case EMPLOYER -> "Storting door uw werkgever";
            case SECTOR_FUND -> "Storting door het sectorfonds";
            case MUNICIPALITY -> "Storting door de gemeente";
            case STATE -> "Storting door de Rijksoverheid";
            case PERSON -> "Eigen geld gestort";
        };
    }
}
