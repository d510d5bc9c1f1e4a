package nl.leerbudget.identity.persistence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.identity.domain.BenefitPeriods;
import nl.leerbudget.platform.jdbc.InLists;
import nl.leerbudget.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcBenefitPeriods implements BenefitPeriods {

    private final JdbcClient jdbc;

    JdbcBenefitPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StoredDelivery> delivery(UUID id) {
        return jdbc.sql("select id, source, digest, line_count, people, delivered_by, delivered_at"
                        + " from benefit_delivery where id = :id")
                .param("id", id)
                .query((rs, n) -> new StoredDelivery(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getObject(7, java.time.OffsetDateTime.class).toInstant()))
                .optional();
    }

    @Override
    public void insert(StoredDelivery delivery, List<Period> periods) {
        jdbc.sql("insert into benefit_delivery (id, source, digest, line_count, people, delivered_by, delivered_at)"
                        + " values (:id, :source, :digest, :lines, :people, :by, :at)")
                .param("id", delivery.id())
                .param("source", delivery.source())
                .param("digest", delivery.digest())
                .param("lines", delivery.lines())
                .param("people", delivery.people())
                .param("by", delivery.deliveredBy())
                .param("at", delivery.deliveredAt().atOffset(ZoneOffset.UTC))
                .update();
        for (Period period : periods) {
            jdbc.sql("delete from benefit_period where bsn_lookup = :lookup and source = :source and benefit = :benefit"
                            + " and starts_on = :from")
                    .param("lookup", period.bsnLookup())
                    .param("source", period.source())
                    .param("benefit", period.benefit().name())
                    .param("from", period.startsOn())
                    .update();
            jdbc.sql("insert into benefit_period (bsn_lookup, source, benefit, starts_on, ends_on, delivery_id)"
                            + " values (:lookup, :source, :benefit, :from, :until, :delivery)")
                    .param("lookup", period.bsnLookup())
                    .param("source", period.source())
                    .param("benefit", period.benefit().name())
                    .param("from", period.startsOn())
                    .param("until", period.endsOn())
                    .param("delivery", delivery.id())
                    .update();
        }
    }

    @Override
    public Set<PersonId> receivingOn(Collection<PersonId> people, LocalDate day) {
        Set<PersonId> receiving = new HashSet<>();
        InLists.chunked(
                        people.stream().map(PersonId::value).distinct().toList(),
                        chunk -> jdbc.sql("select distinct p.id from person p join benefit_period b"
                                        + " on b.bsn_lookup = p.bsn_lookup where p.id in (:ids)"
                                        + " and b.starts_on <= :day and (b.ends_on is null or b.ends_on >= :day)")
                                .param("ids", chunk)
                                .param("day", day)
                                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
                                .list())
                .forEach(receiving::add);
        return receiving;
    }
}
