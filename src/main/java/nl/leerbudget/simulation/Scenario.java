package nl.leerbudget.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.leerbudget.simulation.Parameter.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A policy scenario as data: a baseline plus changes. Every parameter is a dated value with a unit and a source, in
 * the shape OpenFisca gives its parameters; a scenario file names its baseline and lists only what it changes, and
 * the baseline's values hold for everything else.
 *
 * <p>The file format, one item per line ({@code #} starts a comment line):
 *
 * <pre>
 * name = Neutraal leerrecht
 * baseline = basis
 * right.policy = neutraal-2027 name | seed 003, par. 3.5: "een bedrag van €15k"
 * voucher.budget from 2028-01-01 = 125000000 EUR | seed 001: compartiment mbo-4 (F9)
 * </pre>
 *
 * {@code name}, {@code description} and {@code baseline} take free text; every other key takes a value, its unit
 * and, after {@code |}, its source. The keys and their units are fixed ({@link #KEYS}); a value that is not from a
 * document but chosen says so in its source ("AANNAME: ...").
 */
public record Scenario(
        String id,
        String name,
        String description,
        @Nullable String baseline,
        Map<String, List<Parameter>> parameters,
        Set<String> changed) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final Pattern LINE = Pattern.compile(
            "([a-z0-9.-]+)(?:\\s+from\\s+(\\d{4}-\\d{2}-\\d{2}))?\\s*=\\s*(\\S+)\\s+(\\S+)\\s*\\|\\s*(.*)");

    /** The keys a scenario may set, with their unit. */
    public static final Map<String, Unit> KEYS = keys();

    public Scenario {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a scenario id is 1-64 lower-case letters, digits, '.' or '-'");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        parameters = Map.copyOf(parameters);
        changed = Set.copyOf(changed);
    }

    private static Map<String, Unit> keys() {
        Map<String, Unit> keys = new LinkedHashMap<>();
        keys.put("start-year", Unit.YEARS);
        keys.put("years", Unit.YEARS);
        keys.put("pension-age", Unit.NAME);
        keys.put("population.represents", Unit.PEOPLE);
        for (String level : List.of("low", "middle", "high", "unknown")) {
            for (LabourPosition position : LabourPosition.values()) {
                keys.put("labour." + level + "." + code(position), Unit.SHARE);
            }
        }
        keys.put("labour.in-education.not-in-labour-force", Unit.SHARE);
        for (Sector sector : Sector.values()) {
            if (sector != Sector.NONE) {
                keys.put("sector." + sector.code(), Unit.SHARE);
            }
        }
        for (String level : List.of("low", "middle", "high", "unknown")) {
            keys.put("propensity.level." + level, Unit.FACTOR);
        }
        keys.put("propensity.age-50-plus", Unit.FACTOR);
        keys.put("propensity.not-working", Unit.FACTOR);
        keys.put("propensity.spread", Unit.FACTOR);
        keys.put("take-up.uncertainty", Unit.SHARE);
        keys.put("unit.hour.price", Unit.EUR);
        keys.put("unit.study-credit.price", Unit.EUR);

        keys.put("voucher", Unit.FLAG);
        keys.put("voucher.scheme", Unit.NAME);
        keys.put("voucher.take-up", Unit.SHARE);
        keys.put("voucher.course-price", Unit.EUR);
        keys.put("voucher.budget", Unit.EUR);
        keys.put("voucher.execution-cost", Unit.EUR);

        keys.put("account", Unit.FLAG);
        keys.put("account.positions", Unit.LIST);
        keys.put("account.maximum-level", Unit.NAME);
        keys.put("account.deposit.state", Unit.EUR);
        keys.put("account.deposit.employer", Unit.EUR);
        keys.put("account.deposit.person", Unit.EUR);
        keys.put("account.take-up", Unit.SHARE);
        keys.put("account.course-price", Unit.EUR);
        keys.put("account.expiry", Unit.NAME);
        keys.put("account.execution-cost", Unit.EUR);

        keys.put("right", Unit.FLAG);
        keys.put("right.policy", Unit.NAME);
        keys.put("right.utilisation", Unit.SHARE);
        keys.put("right.take-up", Unit.SHARE);
        keys.put("right.execution-cost", Unit.EUR);
        keys.put("right.unit", Unit.NAME);
        return Map.copyOf(keys);
    }

    static String code(LabourPosition position) {
        return position.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Reads a scenario; its baseline (and the baseline's baseline) comes from {@code baselines}, by id.
     *
     * @throws ScenarioException listing every problem with its line number
     */
    public static Scenario parse(String id, String text, Function<String, Scenario> baselines) {
        List<String> problems = new ArrayList<>();
        String name = null;
        String description = "";
        String baseline = null;
        Map<String, List<Parameter>> own = new LinkedHashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String key = equals < 0 ? line : line.substring(0, equals).strip();
            if (equals > 0 && (key.equals("name") || key.equals("description") || key.equals("baseline"))) {
                String value = line.substring(equals + 1).strip();
                switch (key) {
                    case "name" -> name = value;
                    case "description" -> description = value;
                    default -> baseline = value;
                }
                continue;
            }
            var matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                problems.add("regel " + number + ": schrijf 'sleutel = waarde eenheid | bron', niet '" + line + "'");
                continue;
            }
            String parameterKey = matcher.group(1);
            Unit expected = KEYS.get(parameterKey);
            Unit unit = Unit.of(matcher.group(4));
            if (expected == null) {
                problems.add("regel " + number + ": onbekende sleutel '" + parameterKey + "'");
                continue;
            }
            if (unit != expected) {
                problems.add("regel " + number + ": " + parameterKey + " heeft de eenheid " + expected.written()
                        + ", niet '" + matcher.group(4) + "'");
                continue;
            }
            String problem = checkValue(unit, matcher.group(3));
            if (problem != null) {
                problems.add("regel " + number + ": " + parameterKey + ": " + problem);
                continue;
            }
            String source = matcher.group(5).strip();
            if (source.isEmpty()) {
                problems.add("regel " + number + ": " + parameterKey + " noemt geen bron (schrijf 'AANNAME: ...'"
                        + " als de waarde gekozen is)");
                continue;
            }
            LocalDate from = null;
            try {
                from = matcher.group(2) == null ? null : LocalDate.parse(matcher.group(2));
            } catch (DateTimeParseException e) {
                problems.add("regel " + number + ": geen geldige datum '" + matcher.group(2) + "'");
                continue;
            }
            List<Parameter> values = own.computeIfAbsent(parameterKey, k -> new ArrayList<>());
            LocalDate day = from;
            if (values.stream().anyMatch(p -> Objects.equals(p.from(), day))) {
                problems.add("regel " + number + ": " + parameterKey + " staat er al voor dezelfde datum");
                continue;
            }
            values.add(new Parameter(parameterKey, from, matcher.group(3), unit, source, number));
        }
        if (name == null || name.isBlank()) {
            problems.add("de regel 'name = ...' ontbreekt");
        }
        Map<String, List<Parameter>> all = new LinkedHashMap<>();
        if (baseline != null) {
            if (baseline.equals(id)) {
                problems.add("een scenario is niet zijn eigen basis");
            } else {
                try {
                    all.putAll(baselines.apply(baseline).parameters());
                } catch (ScenarioException e) {
                    problems.add("basis '" + baseline + "': " + String.join("; ", e.problems()));
                }
            }
        }
        for (var entry : own.entrySet()) {
            List<Parameter> sorted = new ArrayList<>(entry.getValue());
            sorted.sort(Comparator.comparing(p -> p.from() == null ? LocalDate.MIN : p.from()));
            all.put(entry.getKey(), List.copyOf(sorted));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(id, problems);
        }
        Set<String> changed = new HashSet<>(own.keySet());
        return new Scenario(id, Objects.requireNonNull(name), description, baseline, all, changed);
    }

    /** A scenario shipped with the application, under {@code /simulation/scenarios/}. */
    public static Scenario builtIn(String id) {
        if (!ID.matcher(id).matches()) {
            throw new ScenarioException(id, List.of("geen geldige naam van een scenario"));
        }
        return parse(id, builtInText(id), Scenario::builtIn);
    }

    /** The text of a shipped scenario. */
    public static String builtInText(String id) {
        String path = "/simulation/scenarios/" + id + ".scenario";
        try (InputStream in = Scenario.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new ScenarioException(id, List.of("er is geen scenario '" + id + "'"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable String checkValue(Unit unit, String value) {
        try {
            switch (unit) {
                case EUR -> {
                    if (new BigDecimal(value).scale() > 2 || value.startsWith("-")) {
                        return "een bedrag in euro's, niet negatief, met hoogstens twee decimalen";
                    }
                }
                case SHARE -> {
                    BigDecimal share = new BigDecimal(value);
                    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                        return "een aandeel ligt tussen 0 en 1";
                    }
                }
                case FACTOR -> {
                    if (new BigDecimal(value).signum() < 0) {
                        return "een factor is niet negatief";
                    }
                }
                case PEOPLE, YEARS -> {
                    if (Long.parseLong(value) < 0) {
                        return "een aantal is niet negatief";
                    }
                }
                case FLAG -> {
                    if (!value.equals("yes") && !value.equals("no")) {
                        return "schrijf yes of no";
                    }
                }
                case NAME, LIST -> {}
            }
        } catch (NumberFormatException e) {
            return "geen getal: '" + value + "'";
        }
        return null;
    }

    // ---------------------------------------------------------------- values on a day

    private Parameter on(String key, LocalDate day) {
        List<Parameter> values = parameters.get(key);
        if (values == null || values.isEmpty()) {
            throw new ScenarioException(id, List.of("de sleutel '" + key + "' heeft geen waarde"));
        }
        Parameter found = null;
        for (Parameter value : values) {
            if (value.from() == null || !value.from().isAfter(day)) {
                found = value;
            }
        }
        if (found == null) {
            throw new ScenarioException(id, List.of("de sleutel '" + key + "' heeft nog geen waarde op " + day));
        }
        return found;
    }

    public boolean has(String key) {
        return parameters.containsKey(key);
    }

    /** Euro cents. */
    public long cents(String key, LocalDate day) {
        return new BigDecimal(on(key, day).value()).movePointRight(2).longValueExact();
    }

    public double share(String key, LocalDate day) {
        return Double.parseDouble(on(key, day).value());
    }

    public double factor(String key, LocalDate day) {
        return Double.parseDouble(on(key, day).value());
    }

    public long count(String key, LocalDate day) {
        return Long.parseLong(on(key, day).value());
    }

    public boolean flag(String key, LocalDate day) {
        return has(key) && on(key, day).value().equals("yes");
    }

    public String name(String key, LocalDate day) {
        return on(key, day).value();
    }

    public List<String> list(String key, LocalDate day) {
        return List.of(on(key, day).value().split(","));
    }

    /** The first day of the first simulated year. */
    public LocalDate start() {
        return LocalDate.of((int) count("start-year", LocalDate.MAX), 1, 1);
    }

    /** Every parameter value, in key order, as the scenario file would write it. */
    public List<Parameter> all() {
        return parameters.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream())
                .toList();
    }
}
