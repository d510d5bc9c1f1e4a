package nl.leerbudget.funding.batch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.funding.Relation;
import nl.leerbudget.funding.RelationKind;
import nl.leerbudget.funding.domain.RelationStore;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.shared.Demo;
import nl.leerbudget.shared.PersonId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo funders' relations, for the embedded default: Fatima works for Bouwbedrijf De Vries, Jan is a member of the
 * O&O-fonds Techniek through his employer, Demi is a client of the Gemeente Utrecht. Loading again changes nothing.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty(name = "leerbudget.demo-data", havingValue = true)
class DemoRelations implements ApplicationRunner {

    private final RelationStore relations;
    private final Clock clock;

    DemoRelations(RelationStore relations, Clock clock) {
        this.relations = relations;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        relations.upsert(
                List.of(
                        relation(Demo.EMPLOYER, Demo.FATIMA, RelationKind.EMPLOYMENT, LocalDate.of(2019, 3, 1)),
                        relation(Demo.SECTOR_FUND, Demo.JAN, RelationKind.MEMBERSHIP, LocalDate.of(2015, 9, 1)),
                        relation(Demo.MUNICIPALITY, Demo.DEMI, RelationKind.CLIENT, LocalDate.of(2025, 1, 1))),
                clock.instant());
    }

    private static Relation relation(UUID funder, PersonId person, RelationKind kind, LocalDate start) {
        return new Relation(
                UUID.nameUUIDFromBytes(
                        ("demo/relation/" + funder + "/" + person).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new AccountId(funder),
                person,
                kind,
                start,
                null);
    }
}
