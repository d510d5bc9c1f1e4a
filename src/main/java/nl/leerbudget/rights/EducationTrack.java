package nl.leerbudget.rights;

import java.util.Arrays;
import java.util.Optional;

/**
 * A level of education with, in mbo, its learning pathway: bol (beroepsopleidende leerweg, mostly at school) or bbl
 * (beroepsbegeleidende leerweg, mostly at work, funded at a lower rate). The code is what files and the compact
 * history notation use.
 */
public enum EducationTrack {
    VO("VO", EducationSector.VO, "voortgezet onderwijs"),
    MBO1_BOL("MBO1-BOL", EducationSector.MBO, "mbo niveau 1 (op school, bol)"),
    MBO1_BBL("MBO1-BBL", EducationSector.MBO, "mbo niveau 1 (werken en leren, bbl)"),
    MBO2_BOL("MBO2-BOL", EducationSector.MBO, "mbo niveau 2 (op school, bol)"),
    MBO2_BBL("MBO2-BBL", EducationSector.MBO, "mbo niveau 2 (werken en leren, bbl)"),
    MBO3_BOL("MBO3-BOL", EducationSector.MBO, "mbo niveau 3 (op school, bol)"),
    MBO3_BBL("MBO3-BBL", EducationSector.MBO, "mbo niveau 3 (werken en leren, bbl)"),
    MBO4_BOL("MBO4-BOL", EducationSector.MBO, "mbo niveau 4 (op school, bol)"),
    MBO4_BBL("MBO4-BBL", EducationSector.MBO, "mbo niveau 4 (werken en leren, bbl)"),
    HBO_ASSOCIATE_DEGREE("HBO-AD", EducationSector.HBO, "hbo, associate degree"),
    HBO_BACHELOR("HBO-BACHELOR", EducationSector.HBO, "hbo-bachelor"),
    HBO_MASTER("HBO-MASTER", EducationSector.HBO, "hbo-master"),
    WO_BACHELOR("WO-BACHELOR", EducationSector.WO, "wo-bachelor"),
    WO_MASTER("WO-MASTER", EducationSector.WO, "wo-master");

    private final String code;
    private final EducationSector sector;
    private final String dutch;

    EducationTrack(String code, EducationSector sector, String dutch) {
        this.code = code;
        this.sector = sector;
        this.dutch = dutch;
    }

    public String code() {
        return code;
    }

    public EducationSector sector() {
        return sector;
    }

    /** The Dutch name for explanations at language level B1, such as "mbo niveau 4 (op school, bol)". */
    public String dutch() {
        return dutch;
    }

    public static Optional<EducationTrack> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
