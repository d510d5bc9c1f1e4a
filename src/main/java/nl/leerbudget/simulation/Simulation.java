package nl.leerbudget.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import nl.leerbudget.schemes.Allocation;
import nl.leerbudget.schemes.Allotment;
import nl.leerbudget.schemes.Applicant;
import nl.leerbudget.schemes.Application;
import nl.leerbudget.schemes.Assessment;
import nl.leerbudget.schemes.Budget;
import nl.leerbudget.schemes.Decision;
import nl.leerbudget.schemes.Eligibility;
import nl.leerbudget.schemes.GrantHistory;
import nl.leerbudget.schemes.OfferingFacts;
import nl.leerbudget.schemes.Outcome;
import nl.leerbudget.schemes.Scheme;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.shared.PersonId;

/**
 * Runs a scenario on a cohort for one to fifteen years: a voucher scheme, a learning account and a learning right,
 * alone or together, as the scenario switches them on. A pure function of the scenario, the cohort, the seed and the
 * take-up factor; no clock, no database.
 *
 * <p>Every year, for every person from 18 up to the state pension age:
 *
 * <ul>
 *   <li><b>Voucher.</b> The person applies with the scheme's take-up times their propensity. The scheme's own rules
 *       decide ({@link Eligibility#assess}, rules S1-S9, with a course at the scenario's price), and when the scheme
 *       has a budget the eligible applications are allocated by {@link Allocation#lottery} (the schemes module's
 *       allocation, with the year's seed). The grant is public money; the rest of the price the person pays.
 *   <li><b>Learning account.</b> People of the target group (positions and highest level) receive the yearly
 *       deposits of the state, their employer (employees only) and themselves. A holder trains with the account's
 *       take-up times their propensity and then spends the course price, at most the balance. Balances carry over;
 *       at the state pension age (or never, by the scenario) what is left lapses. The state's deposits are its cost.
 *   <li><b>Learning right.</b> The right the rights module computed ({@link Cohort}) opens on its first day and lapses
 *       after its last. A holder is expected to use, each year, the utilisation's share of the right spread over its
 *       years, times their propensity; they train with the right's take-up (or, for a right with few years left,
 *       that share) times their propensity and then use the expected amount divided by that chance, at most what
 *       is left. So over the years the expected use is the utilisation times the right. What is used is public money;
 *       the unused rest is the state's outstanding liability.
 * </ul>
 */
public final class Simulation {

    /** The day in the year on which applications are made and courses are bought. */
    private static final int APPLICATION_MONTH = 7;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** A kind of applicant the voucher rules have not been asked about this year. */
    private static final int UNKNOWN = Integer.MIN_VALUE;

    /** A kind of applicant the voucher rules turned down. */
    private static final int NOT_ELIGIBLE = -1;

    private Simulation() {}

    /** Runs {@code scenario} on {@code cohort} with the take-up as the scenario has it. */
    public static Projection run(Scenario scenario, Cohort cohort, long seed, IntConsumer yearDone) {
        return run(scenario, cohort, seed, 1.0, yearDone);
    }

    /**
     * Runs {@code scenario} on {@code cohort}, every take-up multiplied by {@code takeUpFactor} (the buffer question
     * draws it per run). {@code yearDone} hears each finished year (1, 2, ...).
     */
    public static Projection run(
            Scenario scenario, Cohort cohort, long seed, double takeUpFactor, IntConsumer yearDone) {
        return run(scenario, cohort, seed, takeUpFactor, yearDone, Parallelism.machine());
    }

    /** As {@link #run(Scenario, Cohort, long, double, IntConsumer)}, on {@code parallelism}'s threads: the same figures. */
    static Projection run(
            Scenario scenario,
            Cohort cohort,
            long seed,
            double takeUpFactor,
            IntConsumer yearDone,
            Parallelism parallelism) {
        LocalDate start = scenario.start();
        if (!start.equals(cohort.reference())) {
            throw new ScenarioException(
                    scenario.id(),
                    List.of("het scenario begint op " + start + ", de bevolking is getrokken op "
                            + cohort.reference()));
        }
        int years = (int) scenario.count("years", start);
        if (years < 1 || years > 15) {
            throw new ScenarioException(scenario.id(), List.of("years: 1 tot en met 15 jaar, niet " + years));
        }
        State state = new State(scenario, cohort, seed, takeUpFactor, parallelism);
        List<YearFigures> figures = new ArrayList<>(years);
        for (int y = 0; y < years; y++) {
            figures.add(state.year(start.getYear() + y));
            yearDone.accept(y + 1);
        }
        return new Projection(scenario, seed, cohort.size(), cohort.weight(), figures, state.perPerson);
    }

    /** A scheme file shipped with the simulator ({@code /simulation/schemes/}) or with the schemes module. */
    static Scheme scheme(String id) {
        String path = "/simulation/schemes/" + id + ".scheme";
        try (InputStream in = Simulation.class.getResourceAsStream(path)) {
            if (in != null) {
                return Scheme.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Scheme.builtIn(id);
    }

    /** A uniform number in [0, 1) for (seed, year, person, stream), without allocating a generator. */
    static double uniform(long seed, int year, int person, int stream) {
        long z = mix(mix(seed + year * GOLDEN) + person * 0xBF58476D1CE4E5B9L + stream * 0x94D049BB133111EBL);
        return (z >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Balances and totals carried from year to year. Every loop over the people runs in the fixed blocks of
     * {@link Parallelism}: a block writes only its own people and its own {@link Tally} and {@link Groups}, which are
     * added up in block order. Totals are whole cents, so the figures are the same whatever the number of threads.
     * The loops create no object per person: the voucher rules are asked once per kind of applicant (birth day,
     * level, sector) and year, and only the eligible applications become objects, for the scheme's allocation.
     */
    private static final class State {

        private final Scenario scenario;
        private final Cohort cohort;
        private final long seed;
        private final double takeUpFactor;
        private final Parallelism parallelism;
        private final int size;
        final long[] perPerson;
        private final long[] account;
        private final long[] right;
        private final boolean[] rightOpened;
        private final int rightPolicy;

        /** The unit of the right's budget, and the price of one unit on the first day, which converts the rights. */
        private final BudgetUnit rightUnit;

        private final long rightOpeningPrice;
        private final long[] receivedThisYear;
        private final boolean[] trained;
        private final int firstBirthDay;
        private final int birthDays;

        State(Scenario scenario, Cohort cohort, long seed, double takeUpFactor, Parallelism parallelism) {
            this.scenario = scenario;
            this.cohort = cohort;
            this.seed = seed;
            this.takeUpFactor = takeUpFactor;
            this.parallelism = parallelism;
            this.size = cohort.size();
            this.perPerson = new long[size];
            LocalDate start = scenario.start();
            boolean accounts = scenario.flag("account", start);
            boolean rights = scenario.flag("right", start);
            this.account = accounts ? new long[size] : new long[0];
            this.right = rights ? new long[size] : new long[0];
            this.rightOpened = rights ? new boolean[size] : new boolean[0];
            this.rightPolicy = rights ? cohort.policyIndex(scenario.name("right.policy", start)) : -1;
            this.rightUnit = rights && scenario.has("right.unit")
                    ? BudgetUnit.of(scenario.id(), "right.unit", scenario.name("right.unit", start))
                    : BudgetUnit.MONEY;
            this.rightOpeningPrice = rights ? rightUnit.priceCents(scenario, start) : 1;
            this.receivedThisYear = new long[size];
            this.trained = new boolean[size];
            int low = Integer.MAX_VALUE;
            int high = Integer.MIN_VALUE;
            for (int day : cohort.birthDay) {
                low = Math.min(low, day);
                high = Math.max(high, day);
            }
            this.firstBirthDay = low;
            this.birthDays = high - low + 1;
        }

        YearFigures year(int year) {
            LocalDate day = LocalDate.of(year, APPLICATION_MONTH, 1);
            int first = Math.toIntExact(LocalDate.of(year, 1, 1).toEpochDay());
            int last = Math.toIntExact(LocalDate.of(year, 12, 31).toEpochDay());
            int today = Math.toIntExact(day.toEpochDay());
            int blocks = parallelism.blocks(size);
            Tally[] tallies = new Tally[blocks];
            parallelism.forEachBlock(size, (block, from, to) -> {
                tallies[block] = new Tally();
                Arrays.fill(receivedThisYear, from, to, 0L);
                Arrays.fill(trained, from, to, false);
            });

            if (scenario.flag("voucher", day)) {
                vouchers(year, day, today, tallies);
            }
            if (scenario.flag("account", day)) {
                accounts(year, day, today, last, tallies);
            }
            long rightPrice = right.length > 0 ? rightUnit.priceCents(scenario, day) : 1;
            if (scenario.flag("right", day)) {
                rights(year, day, first, last, rightPrice, tallies);
            }
            Groups[] groups = new Groups[blocks];
            long[] amounts = right.length > 0 ? cohort.rightCents[rightPolicy] : new long[0];
            int[] until = right.length > 0 ? cohort.rightUntil[rightPolicy] : new int[0];
            parallelism.forEachBlock(size, (block, from, to) -> {
                Tally tally = tallies[block];
                Groups reach = new Groups();
                for (int i = from; i < to; i++) {
                    if (right.length > 0) {
                        tally.outstanding += right[i];
                        // Rights that have not opened yet are owed too.
                        if (!rightOpened[i] && until[i] > last) {
                            tally.outstanding += rightUnit.minorOf(amounts[i], rightOpeningPrice);
                        }
                    }
                    if (account.length > 0) {
                        tally.balanceCents += account[i];
                    }
                    if (trained[i]) {
                        tally.participants++;
                    }
                    reach.add(cohort, i, receivedThisYear[i]);
                    perPerson[i] += receivedThisYear[i];
                }
                groups[block] = reach;
            });
            Tally tally = new Tally();
            Groups reach = new Groups();
            for (int block = 0; block < blocks; block++) {
                tally.add(tallies[block]);
                reach.add(groups[block]);
            }
            double w = cohort.weight();
            long liabilityCents = rightUnit.centsOf(tally.outstanding, rightPrice);
            List<YearFigures.Units> units = rightUnit == BudgetUnit.MONEY
                    ? List.of()
                    : List.of(new YearFigures.Units(
                            "leerrecht",
                            rightUnit,
                            scale(tally.granted, w),
                            scale(tally.used, w),
                            scale(tally.outstanding, w),
                            rightPrice,
                            scale(tally.usedCents, w)));
            return new YearFigures(
                    year,
                    scale(tally.publicCents + tally.executionCents, w),
                    scale(tally.executionCents, w),
                    scale(tally.privateCents, w),
                    scale(tally.spentCents, w),
                    scale(tally.lapsedCents, w),
                    scale(liabilityCents, w),
                    scale(tally.balanceCents, w),
                    Math.round(tally.participants * w),
                    Math.round(tally.grants * w),
                    reach.reach(w),
                    units);
        }

        private boolean adult(int i, int today) {
            return cohort.adultDay[i] <= today && cohort.pensionDay[i] > today;
        }

        private double chance(double takeUp, int i) {
            return Math.min(1, takeUp * takeUpFactor * cohort.propensity[i] / 1000.0);
        }

        private void vouchers(int year, LocalDate day, int today, Tally[] tallies) {
            Scheme scheme = scheme(scenario.name("voucher.scheme", day));
            double takeUp = scenario.share("voucher.take-up", day);
            Money price = Money.cents(scenario.cents("voucher.course-price", day));
            long budget = scenario.cents("voucher.budget", day);
            long execution = scenario.cents("voucher.execution-cost", day);
            OfferingFacts offering = new OfferingFacts(OfferingType.SHORT_COURSE, true, true, price);
            // The scheme's decision for each kind of applicant (birth day, level, sector), asked once this year:
            // UNKNOWN until asked, NOT_ELIGIBLE, or the grant in cents. Threads that ask at once get the same answer.
            int levels = nl.leerbudget.schemes.EducationLevel.values().length;
            int sectors = Sector.values().length;
            int[] decided = new int[birthDays * levels * sectors];
            Arrays.fill(decided, UNKNOWN);
            int blocks = parallelism.blocks(size);
            int[][] applicants = new int[blocks][];
            int[][] asked = new int[blocks][];
            parallelism.forEachBlock(size, (block, from, to) -> {
                int[] people = new int[64];
                int[] grants = new int[64];
                int count = 0;
                for (int i = from; i < to; i++) {
                    if (!adult(i, today) || uniform(seed, year, i, 1) >= chance(takeUp, i)) {
                        continue;
                    }
                    int kind = ((cohort.birthDay[i] - firstBirthDay) * levels + cohort.schemeLevel[i]) * sectors
                            + cohort.sector[i];
                    int grant = decided[kind];
                    if (grant == UNKNOWN) {
                        grant = decide(scheme, offering, day, i);
                        decided[kind] = grant;
                    }
                    if (grant == NOT_ELIGIBLE) {
                        continue;
                    }
                    if (count == people.length) {
                        people = Arrays.copyOf(people, count * 2);
                        grants = Arrays.copyOf(grants, count * 2);
                    }
                    people[count] = i;
                    grants[count] = grant;
                    count++;
                }
                applicants[block] = Arrays.copyOf(people, count);
                asked[block] = Arrays.copyOf(grants, count);
            });
            // In the order of the people, as the single loop would have made them.
            int total = 0;
            for (int[] block : applicants) {
                total += block.length;
            }
            int[] people = new int[total];
            int[] grants = new int[total];
            int at = 0;
            for (int block = 0; block < blocks; block++) {
                System.arraycopy(applicants[block], 0, people, at, applicants[block].length);
                System.arraycopy(asked[block], 0, grants, at, asked[block].length);
                at += applicants[block].length;
            }
            if (budget > 0 && total > 0) {
                List<Application> applications = new ArrayList<>(total);
                for (int k = 0; k < total; k++) {
                    applications.add(new Application(
                            Integer.toString(people[k]),
                            new PersonId(new UUID(year, people[k])),
                            Money.cents(grants[k]),
                            Set.of()));
                }
                long share = Math.max(1, Math.round(budget / cohort.weight()));
                Allotment allotment =
                        Allocation.lottery(applications, new Budget(Money.cents(share)), List.of(), mix(seed + year));
                boolean[] won = new boolean[total];
                for (Outcome outcome : allotment.outcomes()) {
                    if (outcome.decision() instanceof Decision.Granted) {
                        int person = Integer.parseInt(outcome.application().reference());
                        won[Arrays.binarySearch(people, 0, total, person)] = true;
                    }
                }
                int kept = 0;
                for (int k = 0; k < total; k++) {
                    if (won[k]) {
                        people[kept] = people[k];
                        grants[kept] = grants[k];
                        kept++;
                    }
                }
                total = kept;
            }
            Tally tally = tallies[0];
            for (int k = 0; k < total; k++) {
                int i = people[k];
                long grant = grants[k];
                tally.publicCents += grant;
                tally.executionCents += execution;
                tally.privateCents += price.cents() - grant;
                tally.spentCents += price.cents();
                tally.grants++;
                receivedThisYear[i] += grant;
                trained[i] = true;
            }
        }

        /** The scheme's rules S1-S9 for person {@code i}: the grant in cents, or {@link #NOT_ELIGIBLE}. */
        private int decide(Scheme scheme, OfferingFacts offering, LocalDate day, int i) {
            Sector sector = cohort.sector(i);
            Applicant applicant = new Applicant(
                    cohort.birthDate(i),
                    true,
                    nl.leerbudget.schemes.EducationLevel.values()[cohort.schemeLevel[i]],
                    sector == Sector.NONE ? null : sector.code());
            if (Eligibility.assess(scheme, applicant, offering, day, GrantHistory.NONE)
                    instanceof Assessment.Eligible eligible) {
                return Math.toIntExact(eligible.grantAmount().cents());
            }
            return NOT_ELIGIBLE;
        }

        private void accounts(int year, LocalDate day, int today, int last, Tally[] tallies) {
            boolean[] inGroup = new boolean[LabourPosition.values().length];
            for (LabourPosition position : positions(scenario.list("account.positions", day))) {
                inGroup[position.ordinal()] = true;
            }
            String maximum = scenario.name("account.maximum-level", day);
            int highest = maximum.equals("any")
                    ? EducationLevel.HIGH.ordinal()
                    : EducationLevel.valueOf(maximum.toUpperCase(Locale.ROOT)).ordinal();
            long stateDeposit = scenario.cents("account.deposit.state", day);
            long employerDeposit = scenario.cents("account.deposit.employer", day);
            long personDeposit = scenario.cents("account.deposit.person", day);
            double takeUp = scenario.share("account.take-up", day);
            long price = scenario.cents("account.course-price", day);
            long execution = scenario.cents("account.execution-cost", day);
            String expiry = scenario.name("account.expiry", day);
            boolean expiresAtPension = expiry.equals("pension-age");
            // A fixed expiry date (houdbaarheidsdatum): on that day every balance lapses, in the year it falls in.
            int expiryDay = switch (expiry) {
                case "pension-age", "never" -> Integer.MAX_VALUE;
                default -> expiryDay(expiry);
            };
            int first = Math.toIntExact(LocalDate.of(year, 1, 1).toEpochDay());
            boolean lapsesBefore = expiryDay >= first && expiryDay < today;
            boolean lapsesAfter = expiryDay >= today && expiryDay <= last;
            int employed = LabourPosition.EMPLOYED.ordinal();
            parallelism.forEachBlock(size, (block, from, to) -> {
                Tally tally = tallies[block];
                for (int i = from; i < to; i++) {
                    if (lapsesBefore && account[i] > 0) {
                        tally.lapsedCents += account[i];
                        account[i] = 0;
                    }
                    if (account[i] > 0 && expiresAtPension && cohort.pensionDay[i] <= last) {
                        if (cohort.pensionDay[i] <= today) {
                            tally.lapsedCents += account[i];
                            account[i] = 0;
                            continue;
                        }
                    }
                    if (!adult(i, today)) {
                        if (lapsesAfter && account[i] > 0) {
                            tally.lapsedCents += account[i];
                            account[i] = 0;
                        }
                        continue;
                    }
                    int position = cohort.position[i];
                    if (inGroup[position] && cohort.level[i] <= highest) {
                        long employer = position == employed ? employerDeposit : 0;
                        account[i] += stateDeposit + employer + personDeposit;
                        tally.publicCents += stateDeposit;
                        tally.executionCents += execution;
                        tally.privateCents += employer + personDeposit;
                        receivedThisYear[i] += stateDeposit;
                    }
                    if (account[i] > 0 && uniform(seed, year, i, 2) < chance(takeUp, i)) {
                        long spent = Math.min(account[i], price);
                        account[i] -= spent;
                        tally.spentCents += spent;
                        trained[i] = true;
                    }
                    if (lapsesAfter && account[i] > 0) {
                        tally.lapsedCents += account[i];
                        account[i] = 0;
                    }
                }
            });
        }

        /**
         * The right in its unit: cents, or hundredths of an hour or credit (the amount the rights module computed,
         * converted at the price of the first day); what is used or lapses costs this year's {@code price}.
         */
        private void rights(int year, LocalDate day, int first, int last, long price, Tally[] tallies) {
            double utilisation = scenario.share("right.utilisation", day);
            double takeUp = scenario.share("right.take-up", day);
            long execution = scenario.cents("right.execution-cost", day);
            long[] amounts = cohort.rightCents[rightPolicy];
            int[] from = cohort.rightFrom[rightPolicy];
            int[] until = cohort.rightUntil[rightPolicy];
            int today = Math.toIntExact(day.toEpochDay());
            parallelism.forEachBlock(size, (block, start, end) -> {
                Tally tally = tallies[block];
                for (int i = start; i < end; i++) {
                    long amount = rightUnit.minorOf(amounts[i], rightOpeningPrice);
                    if (!rightOpened[i] && from[i] <= last && until[i] >= first && amounts[i] > 0) {
                        rightOpened[i] = true;
                        right[i] = amount;
                        tally.granted += amount;
                    }
                    if (right[i] == 0) {
                        continue;
                    }
                    if (until[i] < today) {
                        tally.lapsedCents += rightUnit.centsOf(right[i], price);
                        right[i] = 0;
                        continue;
                    }
                    // Expected use this year: the utilisation's share of the right spread over its years, times the
                    // propensity. A right with few years left is used by more people (at least that share of them).
                    double validYears = Math.max(1, (until[i] - from[i] + 1) / 365.25);
                    double expected = utilisation * amount / validYears * cohort.propensity[i] / 1000.0;
                    double chance = Math.min(
                            1,
                            Math.max(takeUp, utilisation / validYears) * takeUpFactor * cohort.propensity[i] / 1000.0);
                    if (chance > 0 && uniform(seed, year, i, 3) < chance) {
                        long use = Math.min(right[i], Math.round(expected * takeUpFactor / chance));
                        if (use > 0) {
                            long cost = rightUnit.centsOf(use, price);
                            right[i] -= use;
                            tally.used += use;
                            tally.usedCents += cost;
                            tally.publicCents += cost;
                            tally.executionCents += execution;
                            tally.spentCents += cost;
                            receivedThisYear[i] += cost;
                            trained[i] = true;
                        }
                    }
                    if (until[i] <= last && until[i] >= today && right[i] > 0) {
                        tally.lapsedCents += rightUnit.centsOf(right[i], price);
                        right[i] = 0;
                    }
                }
            });
        }

        private int expiryDay(String expiry) {
            try {
                return Math.toIntExact(LocalDate.parse(expiry).toEpochDay());
            } catch (java.time.format.DateTimeParseException e) {
                throw new ScenarioException(
                        scenario.id(),
                        List.of("account.expiry: pension-age, never of een datum (JJJJ-MM-DD), niet '" + expiry + "'"));
            }
        }

        private static Set<LabourPosition> positions(List<String> codes) {
            Set<LabourPosition> positions = java.util.EnumSet.noneOf(LabourPosition.class);
            for (String code : codes) {
                positions.add(
                        LabourPosition.valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_')));
            }
            return positions;
        }

        private static long scale(long cents, double weight) {
            return Math.round(cents * weight);
        }
    }

    /** The totals of a year (of one block, or added up), in cents per synthetic person. */
    private static final class Tally {
        long publicCents;
        long executionCents;
        long privateCents;
        long spentCents;
        long lapsedCents;
        long balanceCents;
        long participants;
        long grants;

        /** The right in its unit (cents, or hundredths of an hour or credit): opened, used, still owed. */
        long granted;

        long used;
        long outstanding;

        /** The public cost of what was used of the right. */
        long usedCents;

        void add(Tally other) {
            publicCents += other.publicCents;
            executionCents += other.executionCents;
            privateCents += other.privateCents;
            spentCents += other.spentCents;
            lapsedCents += other.lapsedCents;
            granted += other.granted;
            used += other.used;
            outstanding += other.outstanding;
            usedCents += other.usedCents;
            balanceCents += other.balanceCents;
            participants += other.participants;
            grants += other.grants;
        }
    }

    /** Reach by education level, age band, labour-market position and sector. */
    private static final class Groups {
        private final long[][] people = {
            new long[EducationLevel.values().length],
            new long[AgeBand.values().length],
            new long[LabourPosition.values().length],
            new long[Sector.values().length]
        };
        private final long[][] reached = {
            new long[EducationLevel.values().length],
            new long[AgeBand.values().length],
            new long[LabourPosition.values().length],
            new long[Sector.values().length]
        };
        private final long[][] cents = {
            new long[EducationLevel.values().length],
            new long[AgeBand.values().length],
            new long[LabourPosition.values().length],
            new long[Sector.values().length]
        };

        void add(Cohort cohort, int i, long received) {
            count(0, cohort.level[i], received);
            count(1, cohort.ageBand[i], received);
            count(2, cohort.position[i], received);
            count(3, cohort.sector[i], received);
        }

        private void count(int d, int g, long received) {
            people[d][g]++;
            if (received > 0) {
                reached[d][g]++;
                cents[d][g] += received;
            }
        }

        void add(Groups other) {
            for (int d = 0; d < 4; d++) {
                for (int g = 0; g < people[d].length; g++) {
                    people[d][g] += other.people[d][g];
                    reached[d][g] += other.reached[d][g];
                    cents[d][g] += other.cents[d][g];
                }
            }
        }

        List<YearFigures.Reach> reach(double weight) {
            List<YearFigures.Reach> reach = new ArrayList<>();
            for (EducationLevel level : EducationLevel.values()) {
                reach.add(row(0, level.ordinal(), "opleidingsniveau", levelName(level), weight));
            }
            for (AgeBand band : AgeBand.values()) {
                reach.add(row(1, band.ordinal(), "leeftijd", band.label(), weight));
            }
            for (LabourPosition position : LabourPosition.values()) {
                reach.add(row(2, position.ordinal(), "arbeidspositie", position.dutch(), weight));
            }
            for (Sector sector : Sector.values()) {
                reach.add(row(3, sector.ordinal(), "sector", sector.dutch(), weight));
            }
            return reach;
        }

        private YearFigures.Reach row(int d, int g, String dimension, String group, double weight) {
            return new YearFigures.Reach(
                    dimension,
                    group,
                    Math.round(reached[d][g] * weight),
                    Math.round(people[d][g] * weight),
                    Math.round(cents[d][g] * weight));
        }
    }

    /** The CBS name of a level, in Dutch. */
    static String levelName(EducationLevel level) {
        return switch (level) {
            case LOW -> "laag";
            case MIDDLE -> "middelbaar";
            case HIGH -> "hoog";
            case UNKNOWN -> "onbekend";
        };
    }
}
