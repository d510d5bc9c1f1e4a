package nl.leerbudget.rights.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.platform.jdbc.BulkInsert;
import nl.leerbudget.platform.jdbc.InLists;
import nl.leerbudget.rights.EducationHistory;
import nl.leerbudget.rights.HistorySource;
import nl.leerbudget.rights.domain.EducationHistories;
import nl.leerbudget.rights.domain.StoredHistory;
import nl.leerbudget.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Histories in {@code education_history}, their periods in the compact notation of {@code EducationPeriod}. */
@Repository
class JdbcEducationHistories implements EducationHistories {

    private static final List<String> COLUMNS =
            List.of("person_id", "version", "birth_date", "periods", "source", "recorded_at");

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    JdbcEducationHistories(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    @Override
    public Optional<StoredHistory> latest(PersonId person) {
        return jdbc.sql("select person_id, version, birth_date, periods, source, recorded_at from education_history"
                        + " where person_id = :person order by version desc limit 1")
                .param("person", person.value())
                .query((rs, n) -> new StoredHistory(
                        EducationHistory.parse(person, rs.getInt("version"), rs.getString("periods")),
                        rs.getObject("birth_date", java.time.LocalDate.class),
                        HistorySource.valueOf(rs.getString("source")),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    @Override
    public Map<PersonId, Integer> latestVersions(Collection<PersonId> people) {
        Map<PersonId, Integer> versions = new HashMap<>();
        InLists.chunked(
                        people.stream().map(PersonId::value).toList(),
                        ids -> jdbc.sql(
                                        "select person_id, max(version) from education_history where person_id in (:ids)"
                                                + " group by person_id")
                                .param("ids", ids)
                                .query((rs, n) -> Map.entry(new PersonId(rs.getObject(1, UUID.class)), rs.getInt(2)))
                                .list())
                .forEach(e -> versions.put(e.getKey(), e.getValue()));
        return versions;
    }

    @Override
    public void insert(List<StoredHistory> histories) {
        List<Object[]> rows = new ArrayList<>(histories.size());
        for (StoredHistory stored : histories) {
            EducationHistory history = stored.history();
            rows.add(new Object[] {
                history.person().value(),
                history.version(),
                stored.birthDate(),
                history.toCompact(),
                stored.source().name(),
                stored.recordedAt()
            });
        }
        bulk.into("education_history", COLUMNS, rows);
    }
}
