package nl.leerbudget.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One person as the generator draws them: id, day of birth and school career in primitive arrays, reused from person
 * to person so that the inner loop allocates nothing but its random generator.
 *
 * <p>A career is drawn for a highest completed level chosen beforehand (by {@link Calibration}): a route through
 * school to that level is drawn, or, for the young who are still on their way, a route to a higher level, and laid
 * out in school years from the day of birth. It is cut at the reference date: a period running on that date is ongoing
 * (its planned end, no diploma yet) and nothing later is kept. If the cut route does not reach exactly the chosen level
 * (an older person on a route with education later in life, a young one on a route they cannot have finished), another
 * is drawn; after a few attempts the quickest route to the level is taken.
 */
final class Biography {

    private static final int CAPACITY = 16;
    private static final int ATTEMPTS = 8;

    /** Share of mbo, hbo and wo periods in initial education at private (unfunded) institutions. */
    private static final double PRIVATE_INITIAL = 0.015;

    /** Share of bbl in initial mbo; adults returning to mbo mostly learn at work. */
    private static final double BBL_INITIAL = 0.19;

    private static final double BBL_LATER = 0.75;

    /** Share of children who enter vo a year late, having repeated a year of primary school. */
    private static final double LATE_TO_VO = 0.04;

    private static final double[] LOW_ROUTES = cumulative(30, 22, 14, 14, 10, 5);
    private static final double[] MIDDLE_ROUTES = cumulative(45, 8, 11, 8, 8, 6, 6, 5);
    private static final double[] HIGH_ROUTES = cumulative(33, 27, 10, 6, 5, 5, 5, 4, 5);

    long idHigh;
    long idLow;
    int birthDay;

    final Track[] tracks = new Track[CAPACITY];
    final int[] starts = new int[CAPACITY];
    final int[] ends = new int[CAPACITY];
    final boolean[] funded = new boolean[CAPACITY];
    final boolean[] diplomas = new boolean[CAPACITY];
    int size;

    private final int reference;
    private SplittableRandom random = new SplittableRandom(0);
    private int birthYear;
    private int birthMonth;

    /** Calendar year in which this person enters vo, on 1 August. */
    private int voYear;

    /** The first day on which the next period may start. */
    private int free;

    /** A period runs on the reference date or would start after it: nothing more is added. */
    private boolean closed;

    Biography(int reference) {
        this.reference = reference;
    }

    /**
     * Draws a career with {@code level} as the highest completed level on the reference date; {@code onTheWay} is the
     * chance that this person is still on their way to a higher level.
     */
    void draw(SplittableRandom random, int birthDay, EducationLevel level, double onTheWay) {
        this.random = random;
        this.birthDay = birthDay;
        int civil = CivilDays.civil(birthDay);
        this.birthYear = civil / 10_000;
        this.birthMonth = civil / 100 % 100;
        if (level == EducationLevel.UNKNOWN) {
            size = 0;
            return;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            begin(chance(LATE_TO_VO));
            boolean higher = chance(onTheWay);
            switch (level) {
                case LOW -> {
                    if (!higher) {
                        low();
                    } else if (chance(0.5)) {
                        middle();
                    } else {
                        high();
                    }
                }
                case MIDDLE -> {
                    if (higher) {
                        high();
                    } else {
                        middle();
                    }
                }
                case HIGH -> high();
                case UNKNOWN -> throw new IllegalStateException("unknown has no route");
            }
            if (level() == level) {
                return;
            }
        }
        begin(false);
        switch (level) {
            case LOW -> vo(4, false);
            case MIDDLE -> vo(5, true);
            case HIGH -> {
                vo(5, true);
                period(Track.HBO_AD, 2, true, true, 0);
            }
            case UNKNOWN -> throw new IllegalStateException("unknown has no route");
        }
        if (level() != level) {
            throw new IllegalStateException("no route reaches " + level + " for a person born on day " + birthDay);
        }
    }

    EducationLevel level() {
        if (size == 0) {
            return EducationLevel.UNKNOWN;
        }
        EducationLevel highest = EducationLevel.LOW;
        for (int i = 0; i < size; i++) {
            EducationLevel level = EducationLevel.of(tracks[i], starts[i], ends[i], diplomas[i]);
            if (level.compareTo(highest) > 0) {
                highest = level;
            }
        }
        return highest;
    }

    List<EducationPeriod> history() {
        List<EducationPeriod> history = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            history.add(new EducationPeriod(
                    tracks[i], LocalDate.ofEpochDay(starts[i]), LocalDate.ofEpochDay(ends[i]), funded[i], diplomas[i]));
        }
        return history;
    }

    // Routes to a highest completed level, each drawn by its weight.

    private void low() {
        switch (pick(LOW_ROUTES)) {
            case 0 -> { // vmbo, then left mbo without a diploma
                vmbo();
                mbo(chance(0.7) ? 2 : 3, false);
            }
            case 1 -> vmbo(); // straight to work
            case 2 -> { // entree (mbo 1), sometimes a try at mbo 2
                vmbo();
                mbo(1, true);
                if (chance(0.4)) {
                    mbo(2, false);
                }
            }
            case 3 -> { // left vo without a diploma (or praktijkonderwijs), sometimes entree later
                vo(4 + random.nextInt(2), false);
                if (chance(0.35)) {
                    mbo(1, true);
                }
            }
            case 4 -> { // left havo or vwo, then left mbo too
                vo(4 + random.nextInt(2), false);
                mbo(chance(0.5) ? 3 : 4, false);
            }
            default -> { // vmbo; as an adult an mbo course at work or a private one, not finished
                vmbo();
                laterInLife(25, 45);
                adultMbo(2 + random.nextInt(2), false);
            }
        }
    }

    private void middle() {
        switch (pick(MIDDLE_ROUTES)) {
            case 0 -> { // vmbo, mbo 2, 3 or 4; some switch course first
                vmbo();
                if (chance(0.1)) {
                    mbo(2 + random.nextInt(3), false);
                }
                double u = random.nextDouble();
                mbo(u < 0.25 ? 2 : u < 0.55 ? 3 : 4, true);
            }
            case 1 -> { // vmbo, mbo 4, then left hbo
                vmbo();
                mbo(4, true);
                hbo(chance(0.8) ? Track.HBO_BACHELOR : Track.HBO_AD, false);
            }
            case 2 -> { // havo, left hbo, half of them then mbo 4
                havo();
                hbo(Track.HBO_BACHELOR, false);
                if (chance(0.5)) {
                    mbo(4, true);
                }
            }
            case 3 -> vo(5 + random.nextInt(2), true); // havo or vwo, then work
            case 4 -> { // vmbo, mbo 2, and mbo 3 at work as an adult
                vmbo();
                mbo(2, true);
                laterInLife(23, 45);
                adultMbo(3, true);
            }
            case 5 -> { // havo, then mbo 4
                havo();
                mbo(4, true);
            }
            case 6 -> { // left vo; as an adult a second chance at mbo
                vo(4 + random.nextInt(2), false);
                laterInLife(20, 40);
                adultMbo(2 + random.nextInt(2), true);
            }
            default -> { // vmbo, mbo 3, and mbo 4 as an adult (often private)
                vmbo();
                mbo(3, true);
                laterInLife(24, 40);
                adultMbo(4, true);
            }
        }
    }

    private void high() {
        switch (pick(HIGH_ROUTES)) {
            case 0 -> { // havo, hbo bachelor, some a (mostly private) hbo master later
                havo();
                hbo(Track.HBO_BACHELOR, true);
                if (chance(0.12)) {
                    laterInLife(25, 45);
                    period(Track.HBO_MASTER, 1 + random.nextInt(2), true, chance(0.4), 0);
                }
            }
            case 1 -> { // vwo, wo bachelor, nearly all a wo master
                vwo();
                woBachelor(true);
                if (chance(0.9)) {
                    woMaster(true);
                }
            }
            case 2 -> { // vmbo, mbo 4, hbo bachelor
                vmbo();
                mbo(4, true);
                hbo(Track.HBO_BACHELOR, true);
            }
            case 3 -> { // vwo, left university, hbo bachelor
                vwo();
                woBachelor(false);
                hbo(Track.HBO_BACHELOR, true);
            }
            case 4 -> { // havo, associate degree, some go on to the bachelor
                havo();
                hbo(Track.HBO_AD, true);
                if (chance(0.3)) {
                    period(Track.HBO_BACHELOR, 2, true, funding(), 0);
                }
            }
            case 5 -> { // havo, hbo bachelor, wo master after a pre-master
                havo();
                hbo(Track.HBO_BACHELOR, true);
                period(Track.WO_MASTER, 2, true, funding(), gap());
            }
            case 6 -> { // vmbo, mbo 3 or 4, and an hbo bachelor part-time as an adult (mostly private)
                vmbo();
                mbo(chance(0.3) ? 3 : 4, true);
                laterInLife(24, 40);
                period(Track.HBO_BACHELOR, 4 + random.nextInt(2), true, chance(0.3), 0);
            }
            case 7 -> { // havo, left hbo, mbo 4, then an hbo degree after all
                havo();
                hbo(Track.HBO_BACHELOR, false);
                mbo(4, true);
                hbo(chance(0.3) ? Track.HBO_AD : Track.HBO_BACHELOR, true);
            }
            default -> { // vwo, wo bachelor and master, and a second (private) master later
                vwo();
                woBachelor(true);
                woMaster(true);
                laterInLife(28, 45);
                period(chance(0.5) ? Track.HBO_MASTER : Track.WO_MASTER, 1 + random.nextInt(2), true, false, 0);
            }
        }
    }

    // Steps of a route.

    private void vmbo() {
        vo(4, true);
    }

    private void havo() {
        vo(5, true);
    }

    private void vwo() {
        vo(6, true);
    }

    /** Vo from 1 August of the year of entry; without a diploma the pupil leaves during the last school year. */
    private void vo(int years, boolean diploma) {
        int start = CivilDays.of(voYear, 8, 1);
        int plannedEnd = CivilDays.of(voYear + years, 7, 31);
        int end = diploma ? plannedEnd : CivilDays.of(voYear + years - 1, 8, 1) + random.nextInt(365);
        add(Track.VO, start, end, plannedEnd, true, diploma);
    }

    /** Initial mbo: 1 year for level 1, 2 for level 2, 2 or 3 for level 3, 3 or 4 for level 4. */
    private void mbo(int level, boolean diploma) {
        period(Track.mbo(level, chance(BBL_INITIAL)), mboYears(level), diploma, funding(), gap());
    }

    /** Mbo as an adult: mostly at work (bbl, funded); a school course as an adult is often a private one. */
    private void adultMbo(int level, boolean diploma) {
        boolean bbl = chance(BBL_LATER);
        period(Track.mbo(level, bbl), mboYears(level), diploma, bbl || chance(0.4), 0);
    }

    private int mboYears(int level) {
        return switch (level) {
            case 1 -> 1;
            case 2 -> 2;
            case 3 -> chance(0.65) ? 3 : 2;
            default -> chance(0.55) ? 4 : 3;
        };
    }

    /** Hbo: a bachelor takes four years, often five or six; an associate degree two, sometimes three. */
    private void hbo(Track track, boolean diploma) {
        if (track == Track.HBO_AD && CivilDays.year(free) < 2006) {
            track = Track.HBO_BACHELOR; // the associate degree exists since 2006
        }
        int years;
        if (track == Track.HBO_AD) {
            years = chance(0.85) ? 2 : 3;
        } else {
            double u = random.nextDouble();
            years = u < 0.55 ? 4 : u < 0.87 ? 5 : 6;
        }
        period(track, years, diploma, funding(), gap());
    }

    /** Wo bachelor: three years, often four or five. */
    private void woBachelor(boolean diploma) {
        double u = random.nextDouble();
        period(Track.WO_BACHELOR, u < 0.5 ? 3 : u < 0.85 ? 4 : 5, diploma, funding(), gap());
    }

    /** Wo master: one year, two for research masters and some programmes. */
    private void woMaster(boolean diploma) {
        period(Track.WO_MASTER, chance(0.65) ? 1 : 2, diploma, funding(), chance(0.1) ? 1 : 0);
    }

    private void laterInLife(int fromAge, int toAge) {
        int age = fromAge + random.nextInt(toAge - fromAge + 1);
        free = Math.max(free, CivilDays.of(birthYear + age, 8, 1));
    }

    /**
     * A period from the first start of a school year on or after {@link #free} (1 August; 1 September in hbo and wo;
     * bbl also 1 February), after {@code gapYears}, to 31 July (bbl from February: 31 January) {@code years} later.
     * Without a diploma the student leaves somewhere between two months after the start and a month before the end.
     */
    private void period(Track track, int years, boolean diploma, boolean funded, int gapYears) {
        int month = track.higherEducation() ? 9 : 8;
        int year = CivilDays.year(free);
        if (CivilDays.of(year, month, 1) < free) {
            year++;
        }
        year += gapYears;
        int start;
        int plannedEnd;
        if (track.bbl() && chance(0.2)) {
            start = CivilDays.of(year + 1, 2, 1);
            plannedEnd = CivilDays.of(year + 1 + years, 1, 31);
        } else {
            start = CivilDays.of(year, month, 1);
            plannedEnd = CivilDays.of(year + years, 7, 31);
        }
        int end = diploma ? plannedEnd : start + 60 + random.nextInt(Math.max(1, plannedEnd - start - 90));
        add(track, start, end, plannedEnd, funded, diploma);
    }

    /**
     * Adds a period unless the career is closed. A period that starts on or after the reference date closes it; one
     * that has not ended before the reference date is ongoing: it gets its planned end, no diploma, and closes it.
     */
    private void add(Track track, int start, int end, int plannedEnd, boolean funded, boolean diploma) {
        if (closed) {
            return;
        }
        if (start >= reference) {
            closed = true;
            return;
        }
        boolean ongoing = end >= reference;
        tracks[size] = track;
        starts[size] = start;
        ends[size] = ongoing ? plannedEnd : end;
        this.funded[size] = funded;
        diplomas[size] = diploma && !ongoing;
        size++;
        free = end + 1;
        closed = ongoing || size == CAPACITY;
    }

    private void begin(boolean laterToVo) {
        size = 0;
        closed = false;
        // Children born before 1 October start group 3 in the year they turn six, and vo six years later.
        voYear = birthYear + (birthMonth <= 9 ? 12 : 13) + (laterToVo ? 1 : 0);
        free = CivilDays.of(voYear, 8, 1);
    }

    private boolean funding() {
        return random.nextDouble() >= PRIVATE_INITIAL;
    }

    private int gap() {
        return random.nextDouble() < 0.05 ? 1 : 0;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private int pick(double[] cumulative) {
        double u = random.nextDouble();
        int i = 0;
        while (i < cumulative.length - 1 && cumulative[i] <= u) {
            i++;
        }
        return i;
    }

    private static double[] cumulative(double... weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum / total;
        }
        return cumulative;
    }
}
