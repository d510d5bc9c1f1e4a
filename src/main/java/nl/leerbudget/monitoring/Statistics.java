package nl.leerbudget.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import nl.leerbudget.monitoring.domain.CellKey;
import nl.leerbudget.monitoring.domain.CrossTable;
import nl.leerbudget.monitoring.domain.Disclosure;
import nl.leerbudget.monitoring.domain.DisclosurePolicyReader;
import nl.leerbudget.monitoring.domain.Position;
import nl.leerbudget.monitoring.domain.ProtectedTable;
import nl.leerbudget.monitoring.domain.ProviderConcentration;
import nl.leerbudget.monitoring.domain.Releases;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.Register;
import nl.leerbudget.schemes.EducationLevel;
import nl.leerbudget.schemes.GrantCount;
import nl.leerbudget.schemes.GrantPosition;
import nl.leerbudget.schemes.GrantStage;
import nl.leerbudget.schemes.GrantStatistics;
import nl.leerbudget.schemes.GrantTally;
import nl.leerbudget.schemes.ProviderReceipts;
import nl.leerbudget.schemes.WindowBudget;
import nl.leerbudget.shared.OfferingType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statistics that are published, each table built from an aggregate view of another module (counts and sums per
 * group, never a person) and protected before it leaves this class: only {@link Publication}s of
 * {@link ProtectedTable}s are returned, so no page, file or API answer can show a hidden cell.
 *
 * <p>Every publication is a release of its table. The hidden cells of the table's last release are passed to
 * disclosure control as the earlier release (rule D4), and when this publication hides more cells than that release,
 * it is kept as the next release, in its own short transaction. Hidden cells therefore only ever accumulate, and no
 * two publications of a table can be subtracted to reveal a cell (ADR 0022).
 */
@Service
public class Statistics {

    /** The table id of uptake by education level and age band; it names the layout, kept across releases. */
    public static final String UPTAKE_BY_EDUCATION = StatisticsTable.UPTAKE_BY_EDUCATION.id();

    private final GrantStatistics grants;
    private final Register register;
    private final Releases releases;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final DisclosurePolicy policy = DisclosurePolicyReader.builtIn();

    Statistics(
            GrantStatistics grants,
            Register register,
            Releases releases,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.grants = grants;
        this.register = register;
        this.releases = releases;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public DisclosurePolicy policy() {
        return policy;
    }

    /** A table as published now: built from the current data, protected, and part of its latest release. */
    public Publication publish(StatisticsTable table) {
        return publish(table, build(table));
    }

    /**
     * Publishes a table's content (its releases kept under the content's id): disclosure control with the hidden cells of its last release as the earlier release, and a
     * new release kept when the hidden cells differ (or on the first publication).
     */
    Publication publish(StatisticsTable table, CrossTable content) {
        for (int attempt = 0; ; attempt++) {
            Optional<Releases.Release> last = releases.latest(content.id());
            ProtectedTable published = Disclosure.protect(
                    content, policy, last.map(r -> r.hidden().keySet()).orElse(java.util.Set.of()));
            Map<CellKey, nl.leerbudget.monitoring.DisclosureRule> hidden = published.hiddenByKey();
            // A release is its set of hidden cells: a cell hidden again under another rule (D4 now, D1 or D3 then) is
            // the same release.
            if (last.isPresent() && last.get().hidden().keySet().equals(hidden.keySet())) {
                return new Publication(
                        table, published, last.get().version(), last.get().releasedAt());
            }
            int version = last.map(r -> r.version() + 1).orElse(1);
            Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            Boolean kept =
                    ownTransaction.execute(status -> releases.add(content.id(), version, now, policy.id(), hidden));
            if (Boolean.TRUE.equals(kept)) {
                return new Publication(table, published, version, now);
            }
            if (attempt == 3) {
                throw new IllegalStateException("could not keep a release of " + content.id() + " after 4 attempts");
            }
            // Another publication kept this version first: protect again against what it hid.
        }
    }

    CrossTable build(StatisticsTable table) {
        return switch (table) {
            case UPTAKE_BY_EDUCATION -> uptakeByEducation();
            case UPTAKE_BY_SECTOR -> uptakeBySector();
            case UPTAKE_BY_LABOUR_MARKET -> uptakeByLabourMarket();
            case GRANTS_BY_OFFERING_TYPE -> grantsByOfferingType();
            case GRANTS_BY_WINDOW -> grantsByWindow();
        };
    }

    /** People holding a grant, by highest education level (every level of the schemes, in order) and age band. */
    public ProtectedTable uptakeByEducationLevel() {
        return publish(StatisticsTable.UPTAKE_BY_EDUCATION).content();
    }

    private CrossTable uptakeByEducation() {
        int year = LocalDate.now(clock).getYear();
        EducationLevel[] levels = EducationLevel.values();
        long[][] counts = new long[levels.length][AgeBand.values().length];
        for (GrantCount count : grants.peopleWithAGrant()) {
            AgeBand band = AgeBand.of(year - count.birthYear());
            counts[count.level().ordinal()][band.ordinal()] += count.people();
        }
        List<String> rows = Arrays.stream(levels).map(EducationLevel::dutch).toList();
        return CrossTable.ofCounts(StatisticsTable.UPTAKE_BY_EDUCATION.id(), rows, AgeBand.labels(), counts);
    }

    /** The row of people without a sector on record. */
    static final String NO_SECTOR = "geen sector bekend";

    private CrossTable uptakeBySector() {
        int year = LocalDate.now(clock).getYear();
        List<GrantPosition> positions = grants.peopleWithAGrantByPosition();
        TreeSet<String> sectors = new TreeSet<>();
        positions.forEach(p -> sectors.add(sector(p)));
        sectors.remove(NO_SECTOR);
        List<String> rows = new ArrayList<>(sectors);
        rows.add(NO_SECTOR);
        long[][] counts = new long[rows.size()][AgeBand.values().length];
        for (GrantPosition position : positions) {
            counts[rows.indexOf(sector(position))][
                            AgeBand.of(year - position.birthYear()).ordinal()] +=
                    position.people();
        }
        return CrossTable.ofCounts(StatisticsTable.UPTAKE_BY_SECTOR.id(), rows, AgeBand.labels(), counts);
    }

    private static String sector(GrantPosition position) {
        String sector = position.sector();
        return sector == null || sector.isBlank() ? NO_SECTOR : sector.strip();
    }

    /** The rows of the labour-market table: a tie to the Dutch labour market (UWV) or not. */
    static final List<String> TIES =
            List.of("met band met de Nederlandse arbeidsmarkt", "zonder band met de Nederlandse arbeidsmarkt");

    private CrossTable uptakeByLabourMarket() {
        int year = LocalDate.now(clock).getYear();
        long[][] counts = new long[2][AgeBand.values().length];
        for (GrantPosition position : grants.peopleWithAGrantByPosition()) {
            counts[position.labourMarketTie() ? 0 : 1][
                            AgeBand.of(year - position.birthYear()).ordinal()] +=
                    position.people();
        }
        return CrossTable.ofCounts(StatisticsTable.UPTAKE_BY_LABOUR_MARKET.id(), TIES, AgeBand.labels(), counts);
    }

    /** The columns of the tables of amounts: what became of the grants. */
    public static String stage(GrantStage stage) {
        return switch (stage) {
            case OPEN -> "toegekend, nog niet begonnen";
            case STARTED -> "begonnen";
            case WITHDRAWN -> "ingetrokken";
            case LAPSED -> "vervallen, niet gebruikt";
        };
    }

    static String type(OfferingType type) {
        return switch (type) {
            case DIPLOMA_PROGRAMME -> "opleiding met diploma";
            case MBO_CERTIFICATE -> "mbo-certificaat";
            case MICROCREDENTIAL -> "microcredential";
            case SHORT_COURSE -> "korte cursus";
            case EVC_PROCEDURE -> "EVC-traject";
            case CAREER_ADVICE -> "loopbaanadvies";
        };
    }

    private static List<String> stages() {
        return Arrays.stream(GrantStage.values()).map(Statistics::stage).toList();
    }

    private CrossTable grantsByOfferingType() {
        Map<OfferingId, OfferingType> types = register.offeringTypes();
        OfferingType[] all = OfferingType.values();
        // One more row for grants whose offering the register no longer knows.
        List<String> rows =
                new ArrayList<>(Arrays.stream(all).map(Statistics::type).toList());
        rows.add("onbekend");
        Tallies tallies = new Tallies(rows.size());
        for (GrantTally tally : grants.grants()) {
            OfferingType type = types.get(new OfferingId(tally.offering()));
            tallies.add(type == null ? all.length : type.ordinal(), tally);
        }
        return tallies.table(StatisticsTable.GRANTS_BY_OFFERING_TYPE.id(), rows);
    }

    private CrossTable grantsByWindow() {
        // The tallies first: windows are never removed, so every window a tally names is among those read after.
        List<GrantTally> tallied = grants.grants();
        List<WindowBudget> windows = grants.windows();
        Map<UUID, Integer> row = new HashMap<>();
        List<String> rows = new ArrayList<>();
        for (WindowBudget window : windows) {
            row.put(window.id(), rows.size());
            rows.add(window.code());
        }
        if (rows.isEmpty()) {
            rows.add("geen tijdvak");
        }
        Tallies tallies = new Tallies(rows.size());
        for (GrantTally tally : tallied) {
            tallies.add(java.util.Objects.requireNonNull(row.get(tally.window()), "a window of a grant"), tally);
        }
        return tallies.table(StatisticsTable.GRANTS_BY_WINDOW.id(), rows);
    }

    /** The application windows with their budgets, in the order of the table of grants per window. */
    public List<WindowBudget> windows() {
        return grants.windows();
    }

    /**
     * How concentrated the grants with a confirmed start are among providers (top 5, top 10, HHI); empty when fewer
     * providers received anything than the minimum a cell needs ({@code minimum-people}), since a share of the top 5
     * among 5 would then describe single providers.
     */
    public Optional<ProviderConcentration> providerConcentration() {
        List<Long> amounts = grants.receiptsPerProvider().stream()
                .map(ProviderReceipts::cents)
                .toList();
        ProviderConcentration concentration = ProviderConcentration.of(amounts);
        return concentration.providers() < policy.minimumPeople() ? Optional.empty() : Optional.of(concentration);
    }

    /** Counts and sums of grants per cell, every grant in one cell (so the margins are exact). */
    private static final class Tallies {
        private final long[][] units;
        private final long[][] amounts;
        private final long[][] largest;

        Tallies(int rows) {
            int columns = GrantStage.values().length;
            units = new long[rows][columns];
            amounts = new long[rows][columns];
            largest = new long[rows][columns];
        }

        void add(int row, GrantTally tally) {
            int column = tally.stage().ordinal();
            units[row][column] += tally.grants();
            amounts[row][column] = Math.addExact(amounts[row][column], tally.cents());
            largest[row][column] = Math.max(largest[row][column], tally.largestCents());
        }

        CrossTable table(String id, List<String> rows) {
            return CrossTable.ofTallies(id, rows, stages(), units, amounts, largest);
        }
    }

    /** The published total of a row (its margin), or empty when hidden. */
    public static Optional<Long> rowTotal(ProtectedTable table, int row) {
        return table.value(new Position(row, table.columnCount()));
    }
}
