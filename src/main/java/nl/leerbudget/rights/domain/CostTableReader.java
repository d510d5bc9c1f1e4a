package nl.leerbudget.rights.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerbudget.rights.EducationTrack;
import nl.leerbudget.rights.ReferenceCosts;
import nl.leerbudget.rights.RightsDataException;
import nl.leerbudget.rights.YearlyCost;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;

/** Reads the cost table of {@link ReferenceCosts#parse}; reports every problem with its line number. */
public final class CostTableReader {

    static final String HEADER = "track,year,cost,assumption,source";

    private static final Pattern VERSION = Pattern.compile("#\\s*version:\\s*(\\S.*)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int MOST_PROBLEMS = 50;

    private CostTableReader() {}

    public static ReferenceCosts read(String csv, String sourceName) {
        List<String> problems = new ArrayList<>();
        String version = null;
        boolean header = false;
        List<YearlyCost> costs = new ArrayList<>();
        Map<EducationTrack, Map<Integer, Integer>> lineOf = new EnumMap<>(EducationTrack.class);
        String[] lines = csv.split("\n", -1);
        for (int i = 0; i < lines.length && problems.size() < MOST_PROBLEMS; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                Matcher matcher = VERSION.matcher(line);
                if (matcher.matches()) {
                    if (version != null) {
                        problems.add("line " + number + ": a second version line");
                    }
                    version = matcher.group(1).strip();
                }
                continue;
            }
            if (!header) {
                header = true;
                if (!line.equals(HEADER)) {
                    problems.add("line " + number + ": expected the header '" + HEADER + "', got '" + line + "'");
                    break;
                }
                continue;
            }
            List<String> fields;
            try {
                fields = CsvLine.split(line);
            } catch (IllegalArgumentException e) {
                problems.add("line " + number + ": " + e.getMessage());
                continue;
            }
            if (fields.size() != 5) {
                problems.add("line " + number + ": expected 5 fields (" + HEADER + "), got " + fields.size());
                continue;
            }
            YearlyCost cost = row(fields, number, problems);
            if (cost == null) {
                continue;
            }
            Integer first =
                    lineOf.computeIfAbsent(cost.track(), t -> new TreeMap<>()).putIfAbsent(cost.year(), number);
            if (first != null) {
                problems.add("line " + number + ": a second cost for "
                        + cost.track().code() + " in " + cost.year() + " (the first is on line " + first + ")");
                continue;
            }
            costs.add(cost);
        }
        if (!header) {
            problems.add("no header line '" + HEADER + "'");
        }
        if (version == null) {
            problems.add("no '# version: ...' line");
        }
        if (problems.isEmpty()) {
            completeness(lineOf, problems);
        }
        if (!problems.isEmpty() || version == null) {
            throw new RightsDataException(sourceName, problems);
        }
        return new ReferenceCosts(version, costs);
    }

    private static @Nullable YearlyCost row(List<String> fields, int number, List<String> problems) {
        String at = "line " + number + ": ";
        int before = problems.size();
        EducationTrack track = EducationTrack.ofCode(fields.get(0)).orElse(null);
        if (track == null) {
            problems.add(at + "unknown track '" + fields.get(0) + "' (known: "
                    + String.join(
                            ", ",
                            Arrays.stream(EducationTrack.values())
                                    .map(EducationTrack::code)
                                    .toList())
                    + ")");
        }
        int year = 0;
        if (YEAR.matcher(fields.get(1)).matches() && Integer.parseInt(fields.get(1)) >= 1900) {
            year = Integer.parseInt(fields.get(1));
        } else {
            problems.add(at + "year '" + fields.get(1) + "' is not a year from 1900 on");
        }
        Money cost = null;
        try {
            cost = Money.parse(fields.get(2));
            if (cost.isNegative()) {
                problems.add(at + "cost '" + fields.get(2) + "' is negative");
            }
        } catch (IllegalArgumentException e) {
            problems.add(at + "cost '" + fields.get(2) + "' is not an amount in euros with at most two decimals");
        }
        Boolean assumption = switch (fields.get(3)) {
            case "yes" -> true;
            case "no" -> false;
            default -> null;
        };
        if (assumption == null) {
            problems.add(at + "assumption '" + fields.get(3) + "' is not 'yes' or 'no'");
        }
        if (fields.get(4).isBlank()) {
            problems.add(at + "no source: every value names where it comes from");
        }
        if (problems.size() > before || track == null || cost == null || assumption == null) {
            return null;
        }
        return new YearlyCost(track, year, cost, assumption, fields.get(4));
    }

    private static void completeness(Map<EducationTrack, Map<Integer, Integer>> lineOf, List<String> problems) {
        for (EducationTrack track : EducationTrack.values()) {
            Map<Integer, Integer> years = lineOf.get(track);
            if (years == null) {
                problems.add("no costs for track " + track.code());
                continue;
            }
            TreeMap<Integer, Integer> sorted = new TreeMap<>(years);
            for (int year = sorted.firstKey(); year <= sorted.lastKey(); year++) {
                if (!sorted.containsKey(year)) {
                    problems.add("no cost for " + track.code() + " in " + year + ", between the years on lines "
                            + Objects.requireNonNull(sorted.lowerEntry(year)).getValue() + " and "
                            + Objects.requireNonNull(sorted.higherEntry(year)).getValue());
                }
            }
        }
    }
}
