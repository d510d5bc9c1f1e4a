package nl.leerbudget.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import nl.leerbudget.rights.EducationHistory;
import nl.leerbudget.rights.EducationTrack;
import nl.leerbudget.rights.Entitlement;
import nl.leerbudget.rights.ReferenceCosts;
import nl.leerbudget.rights.RightsPolicy;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.shared.StatePensionAge;

/**
 * A synthetic population held in columns (one primitive array per attribute, index = person), so that ten million
 * people fit in a few hundred megabytes and a variant is a loop over arrays.
 *
 * <p>Each person is person {@code i} of {@link Population} (birth date and education history), extended with a
 * position on the labour market, a sector and a yearly propensity to train, drawn from a random generator of their
 * own (seeded from the seed and {@code i}, apart from the one of the history), with the shares of the scenario's
 * population parameters. Their learning right under each rights policy is computed from their history by
 * {@link Entitlement#amount}: the rules of {@link Entitlement#assess}, the function the national batch calls, with
 * the same reference costs, without building the explanation nobody reads here.
 */
public final class Cohort {

    /** How often a block reports the people it has done. */
    private static final int PROGRESS_STEP = 8_192;

    /** The rights module's track of each track of the population, by ordinal. */
    private static final EducationTrack[] TRACKS = java.util.Arrays.stream(Track.values())
            .map(track -> EducationTrack.ofCode(track.code()).orElseThrow())
            .toArray(EducationTrack[]::new);

    private static final long EXTRA_STREAM = 0x5DEECE66DL;

    private final long seed;
    private final LocalDate reference;
    private final int size;
    private final double weight;
    final int[] birthDay;
    final byte[] level;
    final byte[] schemeLevel;
    final byte[] position;
    final byte[] sector;
    final byte[] ageBand;

    /** The day a person turns 18 and the day they reach the state pension age (epoch days). */
    final int[] adultDay;

    final int[] pensionDay;

    /** Relative yearly propensity to train, in thousandths (1000: the mean of the population). */
    final short[] propensity;

    final List<String> policies;
    final long[][] rightCents;
    final int[][] rightFrom;
    final int[][] rightUntil;

    private Cohort(long seed, LocalDate reference, int size, double weight, List<String> policies) {
        this.seed = seed;
        this.reference = reference;
        this.size = size;
        this.weight = weight;
        this.birthDay = new int[size];
        this.level = new byte[size];
        this.schemeLevel = new byte[size];
        this.position = new byte[size];
        this.sector = new byte[size];
        this.ageBand = new byte[size];
        this.adultDay = new int[size];
        this.pensionDay = new int[size];
        this.propensity = new short[size];
        this.policies = List.copyOf(policies);
        this.rightCents = new long[policies.size()][size];
        this.rightFrom = new int[policies.size()][size];
        this.rightUntil = new int[policies.size()][size];
    }

    /**
     * Draws {@code size} people with the population parameters of {@code scenario} and computes their rights under
     * each of {@code policies} (ids of built-in rights policies). {@code progress} hears the number of people done.
     */
    public static Cohort draw(long seed, int size, Scenario scenario, List<String> policies, LongConsumer progress) {
        return draw(seed, size, scenario, policies, progress, Parallelism.machine());
    }

    /** As {@link #draw(long, int, Scenario, List, LongConsumer)}, on {@code parallelism}'s threads: the same cohort. */
    static Cohort draw(
            long seed,
            int size,
            Scenario scenario,
            List<String> policies,
            LongConsumer progress,
            Parallelism parallelism) {
        if (size < 1) {
            throw new IllegalArgumentException("a cohort has at least one person");
        }
        LocalDate reference = scenario.start();
        double weight = (double) scenario.count("population.represents", reference) / size;
        Cohort cohort = new Cohort(seed, reference, size, weight, policies);
        Shares shares = new Shares(scenario, reference);
        StatePensionAge pensionAge = StatePensionAge.parse(scenario.name("pension-age", reference));
        Population population = new Population(seed, reference);
        List<RightsPolicy> rules = policies.stream().map(RightsPolicy::builtIn).toList();
        ReferenceCosts costs = ReferenceCosts.standard();
        AtomicLong done = new AtomicLong();
        parallelism.forEachBlock(size, (block, from, to) -> {
            for (int i = from; i < to; i++) {
                cohort.fill(i, population.person(i), shares, pensionAge, rules, costs);
                if ((i - from + 1) % PROGRESS_STEP == 0 || i == to - 1) {
                    long now = done.addAndGet((i - from) % PROGRESS_STEP + 1);
                    synchronized (progress) {
                        progress.accept(now);
                    }
                }
            }
        });
        cohort.normalisePropensity();
        return cohort;
    }

    private void fill(
            int i,
            Person person,
            Shares shares,
            StatePensionAge pensionAge,
            List<RightsPolicy> rules,
            ReferenceCosts costs) {
        birthDay[i] = Math.toIntExact(person.birthDate().toEpochDay());
        adultDay[i] = Math.toIntExact(person.birthDate().plusYears(18).toEpochDay());
        pensionDay[i] = Math.toIntExact(pensionAge.reachedOn(person.birthDate()).toEpochDay());
        EducationLevel highest = person.highestCompletedLevel();
        level[i] = (byte) highest.ordinal();
        schemeLevel[i] = (byte) SchemeLevels.of(person.history()).ordinal();
        int age = person.birthDate().until(reference).getYears();
        ageBand[i] = (byte) AgeBand.of(age).ordinal();
        SplittableRandom random = new SplittableRandom(mix(seed * EXTRA_STREAM + i * 0x9E3779B97F4A7C15L));
        boolean inEducation =
                !person.history().isEmpty() && person.history().getLast().end().isAfter(reference);
        LabourPosition labour = shares.position(highest, inEducation, random.nextDouble());
        position[i] = (byte) labour.ordinal();
        sector[i] = (byte) (labour.working() ? shares.sector(random.nextDouble()) : Sector.NONE).ordinal();
        double factor = shares.propensity(highest, age, labour, random.nextGaussian());
        propensity[i] = (short) Math.min(Short.MAX_VALUE, Math.round(factor * 1000));

        if (!rules.isEmpty()) {
            List<nl.leerbudget.rights.EducationPeriod> periods =
                    new ArrayList<>(person.history().size());
            for (EducationPeriod period : person.history()) {
                periods.add(new nl.leerbudget.rights.EducationPeriod(
                        TRACKS[period.track().ordinal()],
                        period.start(),
                        period.end(),
                        period.funded(),
                        period.diploma()));
            }
            EducationHistory history = EducationHistory.of(person.id(), periods);
            for (int p = 0; p < rules.size(); p++) {
                // The amount without its explanation: the same rules as assess, minus the Dutch text.
                Optional<Entitlement.Amount> right =
                        Entitlement.amount(rules.get(p), costs, person.birthDate(), history);
                if (right.isPresent()) {
                    rightCents[p][i] = right.get().amount().cents();
                    rightFrom[p][i] = Math.toIntExact(right.get().validFrom().toEpochDay());
                    rightUntil[p][i] = Math.toIntExact(right.get().validUntil().toEpochDay());
                } else {
                    rightCents[p][i] = 0;
                    rightFrom[p][i] = Integer.MAX_VALUE;
                    rightUntil[p][i] = Integer.MIN_VALUE;
                }
            }
        }
    }

    /** Scales the propensities so that their mean is exactly 1000 thousandths. */
    private void normalisePropensity() {
        long sum = 0;
        for (short p : propensity) {
            sum += p;
        }
        double scale = 1000.0 * size / Math.max(1, sum);
        for (int i = 0; i < size; i++) {
            propensity[i] = (short) Math.min(Short.MAX_VALUE, Math.round(propensity[i] * scale));
        }
    }

    public int size() {
        return size;
    }

    public long seed() {
        return seed;
    }

    public LocalDate reference() {
        return reference;
    }

    /** How many people of the country one synthetic person stands for. */
    public double weight() {
        return weight;
    }

    public List<String> policies() {
        return policies;
    }

    public LabourPosition position(int i) {
        return LabourPosition.values()[position[i]];
    }

    public EducationLevel level(int i) {
        return EducationLevel.values()[level[i]];
    }

    public Sector sector(int i) {
        return Sector.values()[sector[i]];
    }

    public LocalDate birthDate(int i) {
        return LocalDate.ofEpochDay(birthDay[i]);
    }

    /** The day person {@code i} turns 18, as an epoch day. */
    public int adultDay(int i) {
        return adultDay[i];
    }

    /** The day person {@code i} reaches the state pension age, as an epoch day. */
    public int pensionDay(int i) {
        return pensionDay[i];
    }

    public int propensityThousandths(int i) {
        return propensity[i];
    }

    /** The right of person {@code i} under a policy, in cents (0 when none). */
    public long rightCents(String policy, int i) {
        return rightCents[policyIndex(policy)][i];
    }

    int policyIndex(String policy) {
        int index = policies.indexOf(policy);
        if (index < 0) {
            throw new IllegalArgumentException("the cohort has no rights under " + policy);
        }
        return index;
    }

    /** The id the person has in {@link Population}. */
    public PersonId id(int i) {
        return new Population(seed, reference).person(i).id();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The population parameters of a scenario as cumulative tables. */
    private static final class Shares {

        private final double[][] positions = new double[EducationLevel.values().length][];
        private final double inEducationOutside;
        private final double[] sectors;
        private final double[] levelFactor = new double[EducationLevel.values().length];
        private final double olderFactor;
        private final double notWorkingFactor;
        private final double spread;

        Shares(Scenario scenario, LocalDate day) {
            for (EducationLevel level : EducationLevel.values()) {
                String name = level.name().toLowerCase(java.util.Locale.ROOT);
                double[] shares = new double[LabourPosition.values().length];
                for (LabourPosition position : LabourPosition.values()) {
                    shares[position.ordinal()] = scenario.share("labour." + name + "." + Scenario.code(position), day);
                }
                positions[level.ordinal()] = cumulative(shares, "labour." + name, scenario);
                levelFactor[level.ordinal()] = scenario.factor("propensity.level." + name, day);
            }
            inEducationOutside = scenario.share("labour.in-education.not-in-labour-force", day);
            double[] sectorShares = new double[Sector.values().length - 1];
            for (Sector sector : Sector.values()) {
                if (sector != Sector.NONE) {
                    sectorShares[sector.ordinal()] = scenario.share("sector." + sector.code(), day);
                }
            }
            sectors = cumulative(sectorShares, "sector", scenario);
            olderFactor = scenario.factor("propensity.age-50-plus", day);
            notWorkingFactor = scenario.factor("propensity.not-working", day);
            spread = scenario.factor("propensity.spread", day);
        }

        private static double[] cumulative(double[] shares, String what, Scenario scenario) {
            double sum = 0;
            double[] cumulative = new double[shares.length];
            for (int i = 0; i < shares.length; i++) {
                sum += shares[i];
                cumulative[i] = sum;
            }
            if (Math.abs(sum - 1) > 0.0015) {
                throw new ScenarioException(
                        scenario.id(), List.of("de aandelen van " + what + ".* tellen op tot " + sum + ", niet 1"));
            }
            cumulative[shares.length - 1] = 1.0;
            return cumulative;
        }

        LabourPosition position(EducationLevel level, boolean inEducation, double u) {
            if (inEducation && u < inEducationOutside) {
                return LabourPosition.NOT_IN_LABOUR_FORCE;
            }
            double v = inEducation ? (u - inEducationOutside) / (1 - inEducationOutside) : u;
            double[] table = positions[level.ordinal()];
            int i = 0;
            while (table[i] <= v && i < table.length - 1) {
                i++;
            }
            return LabourPosition.values()[i];
        }

        Sector sector(double u) {
            int i = 0;
            while (sectors[i] <= u && i < sectors.length - 1) {
                i++;
            }
            return Sector.values()[i];
        }

        /** Level, age and position factors times a log-normal spread with mean 1. */
        double propensity(EducationLevel level, int age, LabourPosition position, double gaussian) {
            double factor = levelFactor[level.ordinal()]
                    * (age >= 50 ? olderFactor : 1)
                    * (position.working() ? 1 : notWorkingFactor);
            return factor * Math.exp(spread * gaussian - spread * spread / 2);
        }
    }
}
