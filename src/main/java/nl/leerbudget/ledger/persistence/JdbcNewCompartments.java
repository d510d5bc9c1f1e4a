package nl.leerbudget.ledger.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.leerbudget.ledger.BulkCredit;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.domain.NewCompartments;
import nl.leerbudget.platform.jdbc.BulkInsert;
import nl.leerbudget.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes a bulk credit with {@link BulkInsert} ({@code COPY} on PostgreSQL): learning accounts, compartments that
 * already hold their amount, and one posted transfer each. The rows are the same as the posting engine writes for a
 * deposit into a new compartment, so every invariant of the ledger (totals equal the sum of transfers, units sum to
 * zero) holds after it as after any command.
 */
@Repository
class JdbcNewCompartments implements NewCompartments {

    private static final List<String> LEARNING_ACCOUNT = List.of("id", "person_id", "opened_at");

    private static final List<String> COMPARTMENT = List.of(
            "id",
            "kind",
            "unit",
            "name",
            "allow_negative",
            "learning_account_id",
            "funder_account_id",
            "cond_offering_types",
            "cond_recognised_only",
            "cond_offering_id",
            "cond_sectors",
            "valid_from",
            "valid_until",
            "expiry_rule",
            "credits_posted",
            "created_at",
            "cond_levels",
            "cond_occupations",
            "cond_providers");

    private static final List<String> TRANSFER = List.of(
            "id",
            "command_id",
            "kind",
            "debit_account_id",
            "credit_account_id",
            "amount",
            "unit",
            "code",
            "reference",
            "booked_at");

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    JdbcNewCompartments(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    @Override
    public Set<PersonId> withLearningAccount(Collection<PersonId> people) {
        List<UUID> ids = people.stream().map(PersonId::value).toList();
        Set<PersonId> found = new HashSet<>();
        Sql.chunked(
                        ids,
                        chunk -> jdbc.sql("select person_id from learning_account where person_id in (:ids)")
                                .param("ids", chunk)
                                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
                                .list())
                .forEach(found::add);
        return found;
    }

    @Override
    public void insert(BulkCredit credit, List<PersonId> withoutAccount, Instant now) {
        List<Object[]> accounts = new ArrayList<>(withoutAccount.size());
        for (PersonId person : withoutAccount) {
            accounts.add(new Object[] {LearningAccountId.of(person).value(), person.value(), now});
        }
        bulk.into("learning_account", LEARNING_ACCOUNT, accounts);

        CompartmentConditions conditions = credit.conditions();
        String offeringTypes = joined(conditions.offeringTypes());
        String sectors = joined(conditions.sectors());
        String levels = joined(conditions.levels());
        String occupations = joined(conditions.occupations());
        String providers = joined(conditions.providers());
        UUID funder = credit.funder().value();
        List<Object[]> compartments = new ArrayList<>(credit.lines().size());
        List<Object[]> transfers = new ArrayList<>(credit.lines().size());
        for (BulkCredit.Line line : credit.lines()) {
            compartments.add(new Object[] {
                line.compartment().value(),
                "COMPARTMENT",
                "EUR",
                credit.label(),
                false,
                LearningAccountId.of(line.person()).value(),
                funder,
                offeringTypes,
                conditions.recognisedOnly(),
                line.offeringId() != null ? line.offeringId() : conditions.offeringId(),
                sectors,
                line.validFrom(),
                line.validUntil(),
                credit.expiryRule().name(),
                line.amount(),
                now,
                levels,
                occupations,
                providers
            });
            transfers.add(new Object[] {
                line.transfer().value(),
                credit.command().value(),
                "POSTED",
                funder,
                line.compartment().value(),
                line.amount(),
                "EUR",
                credit.code().name(),
                line.reference(),
                now
            });
        }
        bulk.into("ledger_account", COMPARTMENT, compartments);
        bulk.into("ledger_transfer", TRANSFER, transfers);
    }

    /** As {@code JdbcAccounts} stores sets: sorted, comma-separated. */
    private static String joined(Set<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(","));
    }
}
