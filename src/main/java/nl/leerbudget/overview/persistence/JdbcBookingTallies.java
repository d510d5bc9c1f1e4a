package nl.leerbudget.overview.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.overview.BookingCancellation;
import nl.leerbudget.overview.BookingMonth;
import nl.leerbudget.overview.domain.BookingTallies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcBookingTallies implements BookingTallies {

    private final JdbcClient jdbc;

    JdbcBookingTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Key(String offering, UUID provider, YearMonth month) {}

    @Override
    public List<BookingMonth> perOfferingAndMonth() {
        // Grouped by day in SQL (the same in H2 and PostgreSQL) and summed per month here. A prepared booking was
        // never requested and is not counted.
        Map<Key, long[]> counts = new HashMap<>();
        jdbc.sql("""
                        select offering_id, provider_id, cast(created_at as date) as booked_on, count(*) as bookings,
                               sum(case when state in ('REQUESTED', 'ACCEPTED', 'STARTED', 'COMPLETED')
                                        then 1 else 0 end) as active
                        from booking
                        where state <> 'PREPARED'
                        group by offering_id, provider_id, cast(created_at as date)
                        """).query(rs -> {
            Key key = new Key(
                    rs.getString("offering_id"),
                    rs.getObject("provider_id", UUID.class),
                    YearMonth.from(rs.getObject("booked_on", LocalDate.class)));
            long[] sum = counts.computeIfAbsent(key, k -> new long[2]);
            sum[0] += rs.getLong("bookings");
            sum[1] += rs.getLong("active");
        });
        return counts.entrySet().stream()
                .map(e -> new BookingMonth(
                        e.getKey().offering(),
                        e.getKey().provider(),
                        e.getKey().month(),
                        e.getValue()[0],
                        e.getValue()[1]))
                .toList();
    }

    @Override
    public List<BookingCancellation> cancelledSince(Instant since) {
        return jdbc.sql("""
                        select code, person_id, provider_id, updated_at from booking
                        where state = 'CANCELLED' and updated_at >= :since
                        order by updated_at""")
                .param("since", since.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new BookingCancellation(
                        rs.getString("code"),
                        pseudonym(rs.getObject("person_id", UUID.class)),
                        rs.getObject("provider_id", UUID.class),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** A stable pseudonym of a person: the first 12 hex digits of the SHA-256 of their id. */
    private static String pseudonym(UUID person) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("booking-person/" + person).getBytes(StandardCharsets.UTF_8));
            return "P-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
