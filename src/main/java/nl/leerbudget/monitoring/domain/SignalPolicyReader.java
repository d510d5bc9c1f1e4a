package nl.leerbudget.monitoring.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.leerbudget.monitoring.SignalPolicy;
import nl.leerbudget.shared.KeyValueFile;
import org.jspecify.annotations.Nullable;

/**
 * Reads the misuse signals' policy in the format of the other policy files ({@link KeyValueFile}); every number
 * carries its unit ({@code 300 participants}, {@code 48 hours}) and every problem is reported with its line.
 */
public final class SignalPolicyReader {

    /** The policy in force, on the class path. */
    public static final String BUILT_IN = "/monitoring/signalen-2027.policy";

    private SignalPolicyReader() {}

    public static SignalPolicy builtIn() {
        try (InputStream in = SignalPolicyReader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("no signal policy at " + BUILT_IN);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException listing every problem of the file */
    public static SignalPolicy read(String text, String sourceName) {
        KeyValueFile file = KeyValueFile.read(
                text,
                List.of(
                        "id",
                        "version",
                        "effective-from",
                        "participant-cap",
                        "jump-factor",
                        "jump-minimum",
                        "history",
                        "price-factor",
                        "comparable-minimum",
                        "shared-minimum",
                        "cancel-minimum",
                        "cancel-window",
                        "login-change-window"));
        SignalPolicy policy = build(file);
        if (file.hasProblems() || policy == null) {
            throw new IllegalArgumentException(
                    "signal policy " + sourceName + " cannot be read: " + String.join("; ", file.problems()));
        }
        return policy;
    }

    private static @Nullable SignalPolicy build(KeyValueFile file) {
        String id = file.required("id", KeyValueFile::id);
        Integer version = file.required("version", KeyValueFile::positive);
        LocalDate effectiveFrom = file.required("effective-from", KeyValueFile::date);
        Integer cap = file.required("participant-cap", v -> withUnit(v, "participants"));
        Integer jumpFactor = file.required("jump-factor", v -> withUnit(v, "times"));
        Integer jumpMinimum = file.required("jump-minimum", v -> withUnit(v, "bookings"));
        Integer history = file.required("history", v -> withUnit(v, "months"));
        Integer priceFactor = file.required("price-factor", v -> withUnit(v, "times"));
        Integer comparable = file.required("comparable-minimum", v -> withUnit(v, "offerings"));
        Integer shared = file.required("shared-minimum", v -> withUnit(v, "holders"));
        Integer cancels = file.required("cancel-minimum", v -> withUnit(v, "bookings"));
        Integer cancelDays = file.required("cancel-window", v -> withUnit(v, "days"));
        Integer loginHours = file.required("login-change-window", v -> withUnit(v, "hours"));
        if (id == null
                || version == null
                || effectiveFrom == null
                || cap == null
                || jumpFactor == null
                || jumpMinimum == null
                || history == null
                || priceFactor == null
                || comparable == null
                || shared == null
                || cancels == null
                || cancelDays == null
                || loginHours == null
                || file.hasProblems()) {
            return null;
        }
        try {
            return new SignalPolicy(
                    id,
                    version,
                    effectiveFrom,
                    cap,
                    jumpFactor,
                    jumpMinimum,
                    history,
                    priceFactor,
                    comparable,
                    shared,
                    cancels,
                    Duration.ofDays(cancelDays),
                    Duration.ofHours(loginHours));
        } catch (IllegalArgumentException e) {
            file.problem(String.valueOf(e.getMessage()));
            return null;
        }
    }

    private static Integer withUnit(String value, String unit) {
        if (!value.endsWith(" " + unit)) {
            throw new IllegalArgumentException("expected a number with its unit, such as '3 " + unit + "'");
        }
        return KeyValueFile.positive(
                value.substring(0, value.length() - unit.length() - 1).strip());
    }
}
