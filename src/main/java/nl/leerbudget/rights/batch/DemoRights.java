package nl.leerbudget.rights.batch;

import java.time.LocalDate;
import java.util.List;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.rights.EducationPeriod;
import nl.leerbudget.rights.Rights;
import nl.leerbudget.shared.Demo;
import nl.leerbudget.shared.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo citizens' education histories, recorded once through the rights module's own path, so that their learning
 * rights are computed by the policy and credited as any other's.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty(name = "leerbudget.demo-data", havingValue = true)
class DemoRights implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRights.class);

    private record DemoHistory(PersonId person, LocalDate birthDate, String periods) {}

    private static final List<DemoHistory> HISTORIES = List.of(
            // Fatima: vmbo, then mbo 2 in construction.
            new DemoHistory(
                    Demo.FATIMA,
                    LocalDate.of(1992, 12, 1),
                    "VO:2004-08-01..2008-07-31:funded:diploma;MBO2-BOL:2008-08-01..2010-07-31:funded:diploma"),
            // Jan: mbo 4 technician, learning on the job (bbl).
            new DemoHistory(
                    Demo.JAN,
                    LocalDate.of(1985, 3, 1),
                    "VO:1997-08-01..2001-07-31:funded:diploma;MBO4-BBL:2001-08-01..2005-07-31:funded:diploma"),
            // Sanne: university bachelor and master.
            new DemoHistory(
                    Demo.SANNE,
                    LocalDate.of(1994, 6, 1),
                    "VO:2006-08-01..2012-07-31:funded:diploma;WO-BACHELOR:2012-09-01..2015-08-31:funded:diploma;"
                            + "WO-MASTER:2015-09-01..2017-08-31:funded:diploma"),
            // Kees: hbo bachelor, now self-employed.
            new DemoHistory(
                    Demo.KEES,
                    LocalDate.of(1978, 2, 1),
                    "VO:1990-08-01..1995-07-31:funded:diploma;HBO-BACHELOR:1995-09-01..1999-08-31:funded:diploma"),
            // Demi: left school without a diploma and stopped mbo 2 after half a year.
            new DemoHistory(
                    Demo.DEMI,
                    LocalDate.of(2001, 11, 1),
                    "VO:2013-08-01..2017-07-31:funded:no-diploma;MBO2-BOL:2017-08-01..2018-01-31:funded:no-diploma"));

    private final Rights rights;
    private final Actors actors;

    DemoRights(Rights rights, Actors actors) {
        this.rights = rights;
        this.actors = actors;
    }

    @Override
    public void run(ApplicationArguments args) {
        actors.asSystem(() -> {
            int recorded = 0;
            for (DemoHistory demo : HISTORIES) {
                if (rights.historyOf(demo.person()).isEmpty()) {
                    List<EducationPeriod> periods = List.of(demo.periods().split(";")).stream()
                            .map(EducationPeriod::parse)
                            .toList();
                    rights.record(demo.person(), demo.birthDate(), periods);
                    recorded++;
                }
            }
            if (recorded > 0) {
                log.info("Demo data loaded: {} education histories with their learning rights", recorded);
            }
        });
    }
}
