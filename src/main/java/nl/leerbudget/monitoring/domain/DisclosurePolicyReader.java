package nl.leerbudget.monitoring.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import nl.leerbudget.monitoring.DisclosurePolicy;
import nl.leerbudget.shared.KeyValueFile;
import org.jspecify.annotations.Nullable;

/**
 * Reads the disclosure policy in the format of the other policy files ({@link KeyValueFile}); every problem is
 * reported with its line number. Numbers carry their unit ({@code 10 people}, {@code 30 percent}) so that they are
 * never guessed.
 */
public final class DisclosurePolicyReader {

    /** The policy in force, on the class path. */
    public static final String BUILT_IN = "/monitoring/openbaarmaking-2027.policy";

    private DisclosurePolicyReader() {}

    public static DisclosurePolicy builtIn() {
        try (InputStream in = DisclosurePolicyReader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("no disclosure policy at " + BUILT_IN);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException listing every problem of the file */
    public static DisclosurePolicy read(String text, String sourceName) {
        KeyValueFile file = KeyValueFile.read(
                text,
                List.of(
                        "id",
                        "version",
                        "description",
                        "effective-from",
                        "minimum-people",
                        "dominance",
                        "carry-over-releases"));
        DisclosurePolicy policy = build(file);
        if (file.hasProblems() || policy == null) {
            throw new IllegalArgumentException(
                    "disclosure policy " + sourceName + " cannot be read: " + String.join("; ", file.problems()));
        }
        return policy;
    }

    private static @Nullable DisclosurePolicy build(KeyValueFile file) {
        String id = file.required("id", KeyValueFile::id);
        Integer version = file.required("version", KeyValueFile::positive);
        String description = file.required("description", Function.identity());
        LocalDate effectiveFrom = file.required("effective-from", KeyValueFile::date);
        Integer people = file.required("minimum-people", value -> withUnit(value, "people"));
        Integer percent = file.required("dominance", value -> withUnit(value, "percent"));
        Boolean carryOver = file.required("carry-over-releases", KeyValueFile::yesNo);
        if (id == null
                || version == null
                || description == null
                || effectiveFrom == null
                || people == null
                || percent == null
                || carryOver == null
                || file.hasProblems()) {
            return null;
        }
        try {
            return new DisclosurePolicy(id, version, description, effectiveFrom, people, percent, carryOver);
        } catch (IllegalArgumentException e) {
            file.problem(String.valueOf(e.getMessage()));
            return null;
        }
    }

    private static Integer withUnit(String value, String unit) {
        if (!value.endsWith(" " + unit)) {
            throw new IllegalArgumentException("expected a number with its unit, such as '10 " + unit + "'");
        }
        return KeyValueFile.positive(
                value.substring(0, value.length() - unit.length() - 1).strip());
    }
}
