package nl.leerbudget.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.Role;
import nl.leerbudget.monitoring.domain.CrossTable;
import nl.leerbudget.monitoring.domain.Disclosure;
import nl.leerbudget.monitoring.domain.DisclosurePolicyReader;
import nl.leerbudget.monitoring.domain.ProtectedTable;
import nl.leerbudget.schemes.EducationLevel;
import nl.leerbudget.schemes.GrantCount;
import nl.leerbudget.schemes.GrantStatistics;
import org.springframework.stereotype.Service;

/**
 * The statistics analysts see, each table built from a view of another module and protected before it leaves this
 * class: only {@link ProtectedTable}s are returned, so a page or a file cannot show a hidden cell.
 */
@Service
public class Statistics {

    /** The table id of uptake by education level and age band; it names the layout, kept across releases. */
    public static final String UPTAKE_BY_EDUCATION = "gebruik-naar-opleidingsniveau-en-leeftijd";

    private final GrantStatistics grants;
    private final Actors actors;
    private final Clock clock;
    private final DisclosurePolicy policy = DisclosurePolicyReader.builtIn();

    Statistics(GrantStatistics grants, Actors actors, Clock clock) {
        this.grants = grants;
        this.actors = actors;
        this.clock = clock;
    }

    public DisclosurePolicy policy() {
        return policy;
    }

    /**
     * People holding a grant, by highest education level (rows, every level of the schemes in order, so that the
     * layout stays the same between releases) and age band (columns), with disclosure control applied.
     *
     * @throws NotAnAnalyst when the caller is not an analyst (the refusal is recorded)
     */
    public ProtectedTable uptakeByEducationLevel() {
        if (!actors.current().has(Role.ANALYST)) {
            actors.refuse("statistics", UPTAKE_BY_EDUCATION);
            throw new NotAnAnalyst();
        }
        int year = LocalDate.now(clock).getYear();
        EducationLevel[] levels = EducationLevel.values();
        long[][] counts = new long[levels.length][AgeBand.values().length];
        for (GrantCount count : grants.peopleWithAGrant()) {
            AgeBand band = AgeBand.of(year - count.birthYear());
            counts[count.level().ordinal()][band.ordinal()] += count.people();
        }
        List<String> rows = Arrays.stream(levels).map(EducationLevel::dutch).toList();
        CrossTable table = CrossTable.ofCounts(UPTAKE_BY_EDUCATION, rows, AgeBand.labels(), counts);
        return Disclosure.protect(table, policy);
    }

    /** Statistics are for analysts. */
    public static final class NotAnAnalyst extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAnAnalyst() {
            super("statistics are for analysts");
        }
    }
}
