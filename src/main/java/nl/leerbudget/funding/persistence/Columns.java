package nl.leerbudget.funding.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/** How the funding tables write conditions, dates and moments. */
final class Columns {

    private Columns() {}

    static String types(CompartmentConditions conditions) {
        return conditions.offeringTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static String sectors(CompartmentConditions conditions) {
        return String.join(",", new TreeSet<>(conditions.sectors()));
    }

    static String levels(CompartmentConditions conditions) {
        return conditions.levels().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    static String occupations(CompartmentConditions conditions) {
        return String.join(",", new TreeSet<>(conditions.occupations()));
    }

    static String providers(CompartmentConditions conditions) {
        return String.join(",", new TreeSet<>(conditions.providers()));
    }

    static CompartmentConditions conditions(ResultSet rs) throws SQLException {
        Set<OfferingType> types = EnumSet.noneOf(OfferingType.class);
        split(rs.getString("cond_offering_types")).forEach(t -> types.add(OfferingType.valueOf(t)));
        Set<Integer> levels = new TreeSet<>();
        split(rs.getString("cond_levels")).forEach(level -> levels.add(Integer.valueOf(level)));
        return new CompartmentConditions(
                types,
                rs.getBoolean("cond_recognised_only"),
                null,
                split(rs.getString("cond_sectors")),
                levels,
                split(rs.getString("cond_occupations")),
                split(rs.getString("cond_providers")));
    }

    static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static Set<String> split(@Nullable String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(Arrays.asList(joined.split(",")));
    }
}
