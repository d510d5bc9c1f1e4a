package nl.leerbudget.simulation;

import java.util.List;

/**
 * Highest completed level of education as CBS reports it (laag, middelbaar, hoog), read from an education history.
 *
 * <p>Low: up to vmbo or mbo 1, or no diploma at all. Middle: mbo 2 to 4, havo or vwo. High: hbo or wo, the associate
 * degree included. Unknown: no recorded education. The history names secondary school only as {@code VO}; the stream
 * shows in its length: vmbo takes four school years, havo five and vwo six, so a vo diploma after at least five
 * school years counts as havo or vwo. Ongoing periods have no diploma and do not count.
 */
public enum EducationLevel {
    UNKNOWN,
    LOW,
    MIDDLE,
    HIGH;

    /** Five school years of vo from 1 August to 31 July are 1,826 or 1,827 days; four are at most 1,461. */
    static final int HAVO_OR_VWO_DAYS = 1_800;

    public static EducationLevel highestCompleted(List<EducationPeriod> history) {
        if (history.isEmpty()) {
            return UNKNOWN;
        }
        EducationLevel highest = LOW;
        for (EducationPeriod period : history) {
            EducationLevel level =
                    of(period.track(), period.start().toEpochDay(), period.end().toEpochDay(), period.diploma());
            if (level.compareTo(highest) > 0) {
                highest = level;
            }
        }
        return highest;
    }

    /** The level one period completes (LOW if it has no diploma). */
    static EducationLevel of(Track track, long start, long end, boolean diploma) {
        if (!diploma) {
            return LOW;
        }
        return switch (track.sector()) {
            case VO -> end - start + 1 >= HAVO_OR_VWO_DAYS ? MIDDLE : LOW;
            case MBO -> track.mboLevel() >= 2 ? MIDDLE : LOW;
            case HBO, WO -> HIGH;
        };
    }
}
