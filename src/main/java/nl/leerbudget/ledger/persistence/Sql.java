package nl.leerbudget.ledger.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.platform.jdbc.InLists;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/** Conversions shared by the ledger's JDBC repositories. */
final class Sql {

    private Sql() {}

    static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Instant requiredInstant(ResultSet rs, String column) throws SQLException {
        Instant value = instant(rs, column);
        if (value == null) {
            throw new IllegalStateException(column + " is null");
        }
        return value;
    }

    static @Nullable UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static UUID requiredUuid(ResultSet rs, String column) throws SQLException {
        UUID value = uuid(rs, column);
        if (value == null) {
            throw new IllegalStateException(column + " is null");
        }
        return value;
    }

    /** Runs a query per chunk of ids, in the order given, and concatenates the results. */
    static <I, R> List<R> chunked(Collection<I> ids, Function<List<I>, List<R>> query) {
        return InLists.chunked(ids, query);
    }

    /** A set of codes as one column: sorted, comma-separated (codes never hold a comma). */
    static String joined(Set<?> values) {
        return values.stream().map(Object::toString).sorted().distinct().collect(Collectors.joining(","));
    }

    /** A compartment's conditions from its {@code cond_} columns. */
    static CompartmentConditions conditions(ResultSet rs) throws SQLException {
        Set<OfferingType> types = EnumSet.noneOf(OfferingType.class);
        split(rs.getString("cond_offering_types")).forEach(type -> types.add(OfferingType.valueOf(type)));
        Set<Integer> levels = new HashSet<>();
        split(rs.getString("cond_levels")).forEach(level -> levels.add(Integer.valueOf(level)));
        return new CompartmentConditions(
                types,
                rs.getBoolean("cond_recognised_only"),
                rs.getString("cond_offering_id"),
                split(rs.getString("cond_sectors")),
                levels,
                split(rs.getString("cond_occupations")),
                split(rs.getString("cond_providers")));
    }

    static Set<String> split(@Nullable String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(Arrays.asList(joined.split(",")));
    }
}
