package nl.leerbudget.overview.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.leerbudget.overview.BookingPolicy;
import nl.leerbudget.shared.KeyValueFile;
import org.jspecify.annotations.Nullable;

/**
 * Reads the booking policy in the format of the other policy files ({@link KeyValueFile}). The one place the booking
 * policy is read; every problem is reported with its line number. Holidays are given a year per key
 * ({@code holidays-2027}), and each date must lie in its key's year.
 */
public final class BookingPolicyReader {

    /** The policy in force, on the class path. */
    public static final String BUILT_IN = "/overview/boekingen-2027.policy";

    private static final int FIRST_YEAR = 2024;
    private static final int LAST_YEAR = 2040;

    private BookingPolicyReader() {}

    public static BookingPolicy builtIn() {
        try (InputStream in = BookingPolicyReader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("no booking policy at " + BUILT_IN);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException listing every problem of the file */
    public static BookingPolicy read(String text, String sourceName) {
        List<String> keys = new ArrayList<>(List.of(
                "id",
                "version",
                "description",
                "effective-from",
                "person-confirms-within",
                "provider-answers-within",
                "start-reported-within"));
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            keys.add("holidays-" + year);
        }
        KeyValueFile file = KeyValueFile.read(text, keys);
        BookingPolicy policy = build(file);
        if (file.hasProblems() || policy == null) {
            throw new IllegalArgumentException(
                    "booking policy " + sourceName + " cannot be read: " + String.join("; ", file.problems()));
        }
        return policy;
    }

    private static @Nullable BookingPolicy build(KeyValueFile file) {
        String id = file.required("id", KeyValueFile::id);
        Integer version = file.required("version", KeyValueFile::positive);
        String description = file.required("description", Function.identity());
        LocalDate effectiveFrom = file.required("effective-from", KeyValueFile::date);
        Integer confirm = file.required("person-confirms-within", BookingPolicyReader::workingDays);
        Integer answer = file.required("provider-answers-within", BookingPolicyReader::workingDays);
        Integer start = file.required("start-reported-within", BookingPolicyReader::workingDays);
        Set<LocalDate> holidays = new HashSet<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            int y = year;
            Set<LocalDate> days = file.optional("holidays-" + year, value -> days(value, y));
            if (days != null) {
                holidays.addAll(days);
            }
        }
        if (id == null
                || version == null
                || description == null
                || effectiveFrom == null
                || confirm == null
                || answer == null
                || start == null
                || file.hasProblems()) {
            return null;
        }
        try {
            return new BookingPolicy(id, version, description, effectiveFrom, confirm, answer, start, holidays);
        } catch (IllegalArgumentException e) {
            file.problem(String.valueOf(e.getMessage()));
            return null;
        }
    }

    /** A number of working days with its unit, as {@code 2 working days}: the unit is written so it is never guessed. */
    private static Integer workingDays(String value) {
        String number = value.endsWith(" working days")
                ? value.substring(0, value.length() - " working days".length())
                : value.endsWith(" working day") ? value.substring(0, value.length() - " working day".length()) : null;
        if (number == null) {
            throw new IllegalArgumentException("expected a number of working days such as '2 working days'");
        }
        return KeyValueFile.positive(number.strip());
    }

    private static Set<LocalDate> days(String value, int year) {
        Set<LocalDate> days = new HashSet<>();
        for (String item : KeyValueFile.items(value)) {
            LocalDate day = KeyValueFile.date(item);
            if (day.getYear() != year) {
                throw new IllegalArgumentException(item + " does not lie in " + year);
            }
            days.add(day);
        }
        return days;
    }
}
