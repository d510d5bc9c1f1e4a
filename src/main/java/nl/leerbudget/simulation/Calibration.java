package nl.leerbudget.simulation;

/**
 * The marginals a population is calibrated to (third-party/population/population-marginals.md), as tables by age.
 *
 * <p>Age: CBS StatLine 03759ned, 1 January 2024, by five-year band; ages 18 to 66 (state pension age 67) keep their
 * share, renormalised, and each year of age gets a fifth of its band.
 *
 * <p>Education: CBS news 2024/41, highest completed level of people aged 15-74 in 2023: low 0.260, middle 0.370, high
 * 0.364, unknown 0.006. The level of a person depends on their age: later-born cohorts more often have hbo or wo, and
 * the youngest have not finished yet (no one is high before 20; many at 18 are still at school). The shape by age is
 * chosen here; it is scaled so that the population as a whole meets the CBS shares.
 */
final class Calibration {

    static final int YOUNGEST = 18;
    static final int OLDEST = 66;
    static final int AGES = OLDEST - YOUNGEST + 1;

    /** Share of the population by age band 0-4, 5-9, ..., 80-84, 85+ (CBS StatLine 03759ned, 1 January 2024). */
    static final double[] AGE_BANDS = {
        .0481, .0501, .0530, .0568, .0659, .0653, .0671, .0634, .0598, .0586, .0693, .0705, .0670, .0584, .0513, .0450,
        .0271, .0231
    };

    /** Highest completed level, 15-74, 2023 (CBS news 2024/41). */
    static final double UNKNOWN = 0.006;

    static final double LOW = 0.260;
    static final double MIDDLE = 0.370;
    static final double HIGH = 0.364;

    /** Share of those who will ever hold an hbo or wo degree who hold it at 18, 19, ..., 28; all from 29 on. */
    private static final double[] HIGH_COMPLETED_BY_AGE = {0, 0, .03, .10, .25, .45, .62, .75, .85, .92, .97};

    /** Low because still at school: at 18, 19, ..., 24 many have no diploma beyond vmbo or are in vo. */
    private static final double[] LOW_STILL_AT_SCHOOL = {.35, .25, .17, .11, .07, .04, .02};

    private static final double[] AGE_SHARE = new double[AGES];
    private static final double[] AGE_CUMULATIVE = new double[AGES];
    private static final double[] LOW_SHARE = new double[AGES];
    private static final double[] HIGH_SHARE = new double[AGES];
    private static final double[] LOW_ON_THE_WAY = new double[AGES];
    private static final double[] MIDDLE_ON_THE_WAY = new double[AGES];

    static {
        if (Math.abs(UNKNOWN + LOW + MIDDLE + HIGH - 1) > 1e-9) {
            throw new IllegalStateException("the CBS level shares add up to 1");
        }
        double total = 0;
        for (int age = YOUNGEST; age <= OLDEST; age++) {
            AGE_SHARE[age - YOUNGEST] = AGE_BANDS[age / 5] / 5;
            total += AGE_SHARE[age - YOUNGEST];
        }
        double sum = 0;
        double low = 0;
        double high = 0;
        for (int i = 0; i < AGES; i++) {
            AGE_SHARE[i] /= total;
            sum += AGE_SHARE[i];
            AGE_CUMULATIVE[i] = sum;
            low += AGE_SHARE[i] * lowShape(YOUNGEST + i);
            high += AGE_SHARE[i] * highShape(YOUNGEST + i);
        }
        AGE_CUMULATIVE[AGES - 1] = 1.0;
        for (int i = 0; i < AGES; i++) {
            LOW_SHARE[i] = LOW / low * lowShape(YOUNGEST + i);
            HIGH_SHARE[i] = HIGH / high * highShape(YOUNGEST + i);
            double middle = 1 - UNKNOWN - LOW_SHARE[i] - HIGH_SHARE[i];
            if (middle < 0.1) {
                throw new IllegalStateException(
                        "the shape by age leaves too few with a middle level at " + (YOUNGEST + i));
            }
            LOW_ON_THE_WAY[i] = i < LOW_STILL_AT_SCHOOL.length ? LOW_STILL_AT_SCHOOL[i] / lowShape(YOUNGEST + i) : 0;
            double highLater = HIGH / high * eventuallyHigh(YOUNGEST + i) - HIGH_SHARE[i];
            MIDDLE_ON_THE_WAY[i] = Math.min(0.9, highLater / middle);
        }
    }

    private Calibration() {}

    /**
     * Later cohorts more often reach hbo or wo: before scaling, 56% of those aged 25 or less eventually, 7.5 points
     * fewer for every ten years older (25% at 66); the youngest have not finished yet.
     */
    private static double highShape(int age) {
        return eventuallyHigh(age)
                * (age - YOUNGEST < HIGH_COMPLETED_BY_AGE.length ? HIGH_COMPLETED_BY_AGE[age - YOUNGEST] : 1);
    }

    private static double eventuallyHigh(int age) {
        return age <= 25 ? 0.56 : 0.56 - 0.0075 * (age - 25);
    }

    /** Earlier cohorts more often stopped at vmbo or mbo 1; the youngest are often still at school. */
    private static double lowShape(int age) {
        double settled = age <= 25 ? 0.13 : 0.13 + 0.005 * (age - 25);
        return settled + (age - YOUNGEST < LOW_STILL_AT_SCHOOL.length ? LOW_STILL_AT_SCHOOL[age - YOUNGEST] : 0);
    }

    static double ageShare(int age) {
        return AGE_SHARE[age - YOUNGEST];
    }

    static double levelShare(int age, EducationLevel level) {
        int i = age - YOUNGEST;
        return switch (level) {
            case UNKNOWN -> UNKNOWN;
            case LOW -> LOW_SHARE[i];
            case MIDDLE -> 1 - UNKNOWN - LOW_SHARE[i] - HIGH_SHARE[i];
            case HIGH -> HIGH_SHARE[i];
        };
    }

    /**
     * Of the people of this age with this highest completed level, the share still on their way to a higher one: at
     * school or studying for a level they will reach later (none from 29 on).
     */
    static double onTheWay(int age, EducationLevel level) {
        return switch (level) {
            case LOW -> LOW_ON_THE_WAY[age - YOUNGEST];
            case MIDDLE -> MIDDLE_ON_THE_WAY[age - YOUNGEST];
            case UNKNOWN, HIGH -> 0;
        };
    }

    /** The age in whole years of a person drawn with {@code u} uniform in [0, 1). */
    static int age(double u) {
        int i = 0;
        while (AGE_CUMULATIVE[i] <= u) {
            i++;
        }
        return YOUNGEST + i;
    }

    /** The highest completed level of a person of this age drawn with {@code u} uniform in [0, 1). */
    static EducationLevel level(int age, double u) {
        int i = age - YOUNGEST;
        if (u < UNKNOWN) {
            return EducationLevel.UNKNOWN;
        }
        if (u < UNKNOWN + LOW_SHARE[i]) {
            return EducationLevel.LOW;
        }
        return u < 1 - HIGH_SHARE[i] ? EducationLevel.MIDDLE : EducationLevel.HIGH;
    }
}
