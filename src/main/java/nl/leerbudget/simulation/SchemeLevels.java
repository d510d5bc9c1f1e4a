package nl.leerbudget.simulation;

import java.util.List;
import nl.leerbudget.schemes.EducationLevel;

/**
 * The highest education of a synthetic person as the voucher schemes rank it ({@link EducationLevel}): a vo diploma
 * after four school years (vmbo) with mbo 2, after five or more (havo, vwo) with mbo 4, the ranking the schemes
 * module states; mbo by its level; hbo associate degree, bachelor and master; wo bachelor and master.
 */
final class SchemeLevels {

    private SchemeLevels() {}

    static EducationLevel of(List<EducationPeriod> history) {
        EducationLevel highest = EducationLevel.NONE;
        for (EducationPeriod period : history) {
            if (!period.diploma()) {
                continue;
            }
            EducationLevel level = switch (period.track()) {
                case VO ->
                    period.end().toEpochDay() - period.start().toEpochDay() + 1
                                    >= nl.leerbudget.simulation.EducationLevel.HAVO_OR_VWO_DAYS
                            ? EducationLevel.MBO_4
                            : EducationLevel.MBO_2;
                case MBO1_BOL, MBO1_BBL -> EducationLevel.MBO_1;
                case MBO2_BOL, MBO2_BBL -> EducationLevel.MBO_2;
                case MBO3_BOL, MBO3_BBL -> EducationLevel.MBO_3;
                case MBO4_BOL, MBO4_BBL -> EducationLevel.MBO_4;
                case HBO_AD -> EducationLevel.ASSOCIATE_DEGREE;
                case HBO_BACHELOR, WO_BACHELOR -> EducationLevel.BACHELOR;
                case HBO_MASTER, WO_MASTER -> EducationLevel.MASTER;
            };
            if (level.compareTo(highest) > 0) {
                highest = level;
            }
        }
        return highest;
    }
}
