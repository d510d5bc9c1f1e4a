package nl.leerbudget.rights;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import nl.leerbudget.rights.domain.CostTableReader;

/**
 * The public cost per funded year for every track and calendar year, as versioned reference data (a CSV file, see
 * {@link #parse}). Every track covers one unbroken range of years; a year outside that range takes the nearest year
 * in it, which the explanation of a right mentions.
 */
public final class ReferenceCosts {

    /** The table shipped with the application. */
    public static final String STANDARD_RESOURCE = "/rights/public-cost-per-year.csv";

    private final String version;
    private final Map<EducationTrack, NavigableMap<Integer, YearlyCost>> byTrack;

    /**
     * @throws IllegalArgumentException when a track is missing, a (track, year) occurs twice or a track's years have a
     *     gap
     */
    public ReferenceCosts(String version, List<YearlyCost> costs) {
        if (version.isBlank()) {
            throw new IllegalArgumentException("a cost table has a version");
        }
        this.version = version;
        Map<EducationTrack, NavigableMap<Integer, YearlyCost>> map = new EnumMap<>(EducationTrack.class);
        for (YearlyCost cost : costs) {
            YearlyCost earlier =
                    map.computeIfAbsent(cost.track(), t -> new TreeMap<>()).put(cost.year(), cost);
            if (earlier != null) {
                throw new IllegalArgumentException(
                        "two costs for " + cost.track().code() + " in " + cost.year());
            }
        }
        for (EducationTrack track : EducationTrack.values()) {
            NavigableMap<Integer, YearlyCost> years = map.get(track);
            if (years == null) {
                throw new IllegalArgumentException("no costs for " + track.code());
            }
            int span = years.lastKey() - years.firstKey() + 1;
            if (span != years.size()) {
                throw new IllegalArgumentException("the years of " + track.code() + " have a gap between "
                        + years.firstKey() + " and " + years.lastKey());
            }
            map.put(track, Collections.unmodifiableNavigableMap(years));
        }
        this.byTrack = Collections.unmodifiableMap(map);
    }

    public String version() {
        return version;
    }

    /**
     * The cost of a funded year of {@code track} in {@code year}; for a year outside the table, the cost of the nearest
     * year in it (whose {@link YearlyCost#year()} then differs from the one asked for).
     */
    public YearlyCost cost(EducationTrack track, int year) {
        NavigableMap<Integer, YearlyCost> years = Objects.requireNonNull(byTrack.get(track));
        int nearest = Math.clamp(year, years.firstKey(), years.lastKey());
        return Objects.requireNonNull(years.get(nearest));
    }

    /** All costs, by track and year. */
    public List<YearlyCost> costs() {
        List<YearlyCost> all = new ArrayList<>();
        byTrack.values().forEach(years -> all.addAll(years.values()));
        return List.copyOf(all);
    }

    /**
     * Reads a cost table in CSV: comment lines start with {@code #}, one of them is {@code # version: <version>}; then
     * the header {@code track,year,cost,assumption,source} and one row per track and year, the cost in euros (at most
     * two decimals), the assumption {@code yes} or {@code no}, the source as free text (in double quotes when it
     * holds a comma).
     *
     * @param sourceName the file name, for the messages
     * @throws RightsDataException listing every problem with its line number
     */
    public static ReferenceCosts parse(String csv, String sourceName) {
        return CostTableReader.read(csv, sourceName);
    }

    /** The table shipped with the application ({@value #STANDARD_RESOURCE}). */
    public static ReferenceCosts standard() {
        return parse(ShippedFiles.read(STANDARD_RESOURCE), STANDARD_RESOURCE);
    }
}
