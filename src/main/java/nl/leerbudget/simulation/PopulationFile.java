package nl.leerbudget.simulation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.leerbudget.shared.PersonId;

/**
 * The population file: UTF-8 text, the header {@code person_id,birth_date,history}, then one line per person with
 * their id, date of birth (ISO) and education history: periods {@code TRACK:start..end:funded|unfunded:diploma|no-diploma}
 * in chronological order, separated by {@code ;}, empty if no education is recorded.
 *
 * <p>As a command (JDK and this module only, no Spring):
 *
 * <pre>
 * java -cp target/classes nl.leerbudget.simulation.PopulationFile --people 10000000 --seed 2027 \
 *     --out target/population-10m.csv [--reference-date 2027-01-01] [--threads N]
 * </pre>
 *
 * The file is written next to its destination under a temporary name and moved into place when complete, so a reader
 * never sees half a population.
 */
public final class PopulationFile {

    private static final String USAGE =
            "usage: PopulationFile --people N --seed S --out FILE" + " [--reference-date YYYY-MM-DD] [--threads N]";

    private static final long PROGRESS_NANOS = 3_000_000_000L;

    private PopulationFile() {}

    public static void main(String[] args) {
        long people = -1;
        long seed = 0;
        boolean seeded = false;
        Path out = null;
        LocalDate referenceDate = Population.DEFAULT_REFERENCE_DATE;
        int threads = Runtime.getRuntime().availableProcessors();
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--people" -> people = number(option, value);
                    case "--seed" -> {
                        seed = number(option, value);
                        seeded = true;
                    }
                    case "--out" -> out = Path.of(value);
                    case "--reference-date" -> referenceDate = LocalDate.parse(value);
                    case "--threads" -> threads = Math.toIntExact(number(option, value));
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (people < 0 || !seeded || out == null) {
                throw new IllegalArgumentException("--people, --seed and --out are required");
            }
            if (threads < 1) {
                throw new IllegalArgumentException("--threads is at least 1");
            }
        } catch (IllegalArgumentException | ArithmeticException | DateTimeParseException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try {
            write(new Population(seed, referenceDate), people, out, threads, System.err);
        } catch (IOException e) {
            System.err.println("population: could not write " + out + ": " + e.getMessage());
            System.exit(1);
        }
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not '" + value + "'", e);
        }
    }

    /**
     * Writes {@code count} people of a population to {@code file} through a temporary file in the same directory,
     * reporting progress on {@code log} every few seconds.
     */
    public static void write(Population population, long count, Path file, int threads, PrintStream log)
            throws IOException {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        if (directory == null) {
            throw new IOException("not a file: " + file);
        }
        Files.createDirectories(directory);
        // Not Files.createTempFile: its owner-only permissions would stay with the file after the move.
        Path temporary = directory.resolve(
                "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        long started = System.nanoTime();
        try {
            Progress progress = new Progress(count, started, log);
            try (OutputStream out = Files.newOutputStream(temporary)) { // created or truncated
                population.write(count, out, threads, progress::written);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log.printf(
                Locale.ROOT,
                "population: wrote %,d people (seed %d, reference date %s) to %s, %,d bytes, in %.1f s%n",
                count,
                population.seed(),
                population.referenceDate(),
                file,
                Files.size(target),
                seconds);
    }

    /** One line of a population file, without the line end. */
    public static String line(Person person) {
        StringBuilder line = new StringBuilder(64 + 48 * person.history().size());
        line.append(person.id()).append(',').append(person.birthDate()).append(',');
        List<EducationPeriod> history = person.history();
        for (int i = 0; i < history.size(); i++) {
            EducationPeriod period = history.get(i);
            if (i > 0) {
                line.append(';');
            }
            line.append(period.track().code())
                    .append(':')
                    .append(period.start())
                    .append("..")
                    .append(period.end())
                    .append(period.funded() ? ":funded" : ":unfunded")
                    .append(period.diploma() ? ":diploma" : ":no-diploma");
        }
        return line.toString();
    }

    /**
     * Reads one line of a population file.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Person person(String line) {
        int firstComma = line.indexOf(',');
        int secondComma = firstComma < 0 ? -1 : line.indexOf(',', firstComma + 1);
        if (secondComma < 0 || line.indexOf(',', secondComma + 1) >= 0) {
            throw new IllegalArgumentException("expected person_id,birth_date,history: '" + line + "'");
        }
        try {
            PersonId id = new PersonId(UUID.fromString(line.substring(0, firstComma)));
            LocalDate birthDate = LocalDate.parse(line.substring(firstComma + 1, secondComma));
            String history = line.substring(secondComma + 1);
            List<EducationPeriod> periods = new ArrayList<>();
            if (!history.isEmpty()) {
                for (String period : history.split(";", -1)) {
                    periods.add(period(period));
                }
            }
            return new Person(id, birthDate, periods);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (yyyy-mm-dd) in '" + line + "'", e);
        }
    }

    private static EducationPeriod period(String text) {
        String[] parts = text.split(":", -1);
        int dots = parts.length == 4 ? parts[1].indexOf("..") : -1;
        if (dots < 0) {
            throw new IllegalArgumentException(
                    "expected TRACK:start..end:funded|unfunded:diploma|no-diploma, got '" + text + "'");
        }
        Track track = Track.ofCode(parts[0])
                .orElseThrow(() -> new IllegalArgumentException("unknown track '" + parts[0] + "' in '" + text + "'"));
        boolean funded = switch (parts[2]) {
            case "funded" -> true;
            case "unfunded" -> false;
            default -> throw new IllegalArgumentException("expected funded or unfunded in '" + text + "'");
        };
        boolean diploma = switch (parts[3]) {
            case "diploma" -> true;
            case "no-diploma" -> false;
            default -> throw new IllegalArgumentException("expected diploma or no-diploma in '" + text + "'");
        };
        return new EducationPeriod(
                track,
                LocalDate.parse(parts[1].substring(0, dots)),
                LocalDate.parse(parts[1].substring(dots + 2)),
                funded,
                diploma);
    }

    /** Done, rate and time left on the log, at most every few seconds. */
    private static final class Progress {

        private final long count;
        private final long started;
        private final PrintStream log;
        private long lastReport;

        Progress(long count, long started, PrintStream log) {
            this.count = count;
            this.started = started;
            this.log = log;
            this.lastReport = started;
        }

        void written(long done) {
            long now = System.nanoTime();
            if (now - lastReport < PROGRESS_NANOS || done == count) {
                return;
            }
            lastReport = now;
            double seconds = (now - started) / 1e9;
            double rate = done / seconds;
            log.printf(
                    Locale.ROOT,
                    "population: %,d of %,d people (%.1f%%), %,.0f people/s, about %.0f s left%n",
                    done,
                    count,
                    100.0 * done / count,
                    rate,
                    (count - done) / rate);
        }
    }
}
