package nl.leerbudget.overview.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.leerbudget.overview.PlanPolicy;
import nl.leerbudget.overview.PlanPolicy.Circumstance;
import nl.leerbudget.overview.PlanPolicy.SortKey;
import nl.leerbudget.shared.KeyValueFile;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Reads the plan policy in the format of the other policy files ({@link KeyValueFile}): {@code key = value} lines,
 * {@code #} comments with sources and assumptions. The one place the plan policy is read; every problem is reported
 * with its line number.
 */
public final class PlanPolicyReader {

    /** The policy in force, on the class path. */
    public static final String BUILT_IN = "/overview/financieringsplan-2027.policy";

    private static final List<String> KEYS = List.of(
            "id",
            "version",
            "description",
            "effective-from",
            "order",
            "minimum-own-payment",
            "minimum-own-payment-exempt");

    private PlanPolicyReader() {}

    public static PlanPolicy builtIn() {
        try (InputStream in = PlanPolicyReader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("no plan policy at " + BUILT_IN);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException listing every problem of the file */
    public static PlanPolicy read(String text, String sourceName) {
        KeyValueFile file = KeyValueFile.read(text, KEYS);
        PlanPolicy policy = build(file);
        if (file.hasProblems() || policy == null) {
            throw new IllegalArgumentException(
                    "plan policy " + sourceName + " cannot be read: " + String.join("; ", file.problems()));
        }
        return policy;
    }

    private static @Nullable PlanPolicy build(KeyValueFile file) {
        String id = file.required("id", KeyValueFile::id);
        Integer version = file.required("version", KeyValueFile::positive);
        String description = file.required("description", Function.identity());
        LocalDate effectiveFrom = file.required("effective-from", KeyValueFile::date);
        List<SortKey> order = file.required("order", PlanPolicyReader::order);
        Money minimum = file.required("minimum-own-payment", PlanPolicyReader::euros);
        Set<Circumstance> exempt = file.required("minimum-own-payment-exempt", PlanPolicyReader::circumstances);
        if (id == null
                || version == null
                || description == null
                || effectiveFrom == null
                || order == null
                || minimum == null
                || exempt == null
                || file.hasProblems()) {
            return null;
        }
        try {
            return new PlanPolicy(id, version, description, effectiveFrom, order, minimum, exempt);
        } catch (IllegalArgumentException e) {
            file.problem(String.valueOf(e.getMessage()));
            return null;
        }
    }

    private static List<SortKey> order(String value) {
        List<SortKey> keys = new ArrayList<>();
        for (String item : KeyValueFile.items(value)) {
            SortKey key = null;
            for (SortKey candidate : SortKey.values()) {
                if (candidate.code().equals(item)) {
                    key = candidate;
                }
            }
            if (key == null) {
                throw new IllegalArgumentException("unknown sort key '" + item + "'");
            }
            if (keys.contains(key)) {
                throw new IllegalArgumentException("sort key '" + item + "' is given twice");
            }
            keys.add(key);
        }
        return keys;
    }

    /** An amount with its unit, as {@code 100 EUR} or {@code 0 EUR}: the unit is written so that it is never guessed. */
    private static Money euros(String value) {
        if (!value.endsWith(" EUR")) {
            throw new IllegalArgumentException("expected an amount in euros such as '100 EUR', got '" + value + "'");
        }
        Money amount;
        try {
            amount = Money.parse(value.substring(0, value.length() - 4).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected an amount in euros such as '100 EUR', got '" + value + "'", e);
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("an amount is not negative, got '" + value + "'");
        }
        return amount;
    }

    /** Circumstances by code, comma-separated; {@code none} is the empty set. */
    private static Set<Circumstance> circumstances(String value) {
        if (value.equals("none")) {
            return Set.of();
        }
        Set<Circumstance> set = EnumSet.noneOf(Circumstance.class);
        for (String item : KeyValueFile.items(value)) {
            Circumstance found = null;
            for (Circumstance candidate : Circumstance.values()) {
                if (candidate.code().equals(item)) {
                    found = candidate;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("unknown circumstance '" + item + "' (known: job-seeker)");
            }
            set.add(found);
        }
        return set;
    }
}
