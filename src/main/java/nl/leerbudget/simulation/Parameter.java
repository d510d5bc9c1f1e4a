package nl.leerbudget.simulation;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One value of a scenario parameter: from which day it holds (null: always, until a dated value follows), the value
 * as written, its unit and its source. A source is never empty: a value without one is an assumption, and says so
 * ("AANNAME: ...").
 */
public record Parameter(String key, @Nullable LocalDate from, String value, Unit unit, String source, int line) {

    /** The units a parameter may have. */
    public enum Unit {
        /** Euros, written with a decimal point: {@code 1000} or {@code 347.50}. */
        EUR,
        /** A fraction from 0 to 1. */
        SHARE,
        /** A multiplier, 0 or more. */
        FACTOR,
        /** A number of people. */
        PEOPLE,
        /** A whole number of years. */
        YEARS,
        /** {@code yes} or {@code no}. */
        FLAG,
        /** A name from a list the key allows, or the id of a file. */
        NAME,
        /** Names separated by commas, no spaces. */
        LIST;

        static @Nullable Unit of(String text) {
            for (Unit unit : values()) {
                if (unit.name().equalsIgnoreCase(text)) {
                    return unit;
                }
            }
            return null;
        }

        String written() {
            return this == EUR ? "EUR" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Parameter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (source.isBlank()) {
            throw new IllegalArgumentException("a parameter names its source");
        }
    }

    /** The line as a scenario file writes it. */
    public String written() {
        return key + (from == null ? "" : " from " + from) + " = " + value + " " + unit.written() + " | " + source;
    }
}
