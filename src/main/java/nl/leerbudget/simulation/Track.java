package nl.leerbudget.simulation;

import java.util.Optional;

/**
 * A kind of education as the population file names it: secondary school (vo), mbo level 1 to 4 with its learning
 * pathway (bol mostly at school, bbl mostly at work), and the degrees of hbo and wo.
 */
public enum Track {
    VO("VO", Sector.VO, 0, false),
    MBO1_BOL("MBO1-BOL", Sector.MBO, 1, false),
    MBO1_BBL("MBO1-BBL", Sector.MBO, 1, true),
    MBO2_BOL("MBO2-BOL", Sector.MBO, 2, false),
    MBO2_BBL("MBO2-BBL", Sector.MBO, 2, true),
    MBO3_BOL("MBO3-BOL", Sector.MBO, 3, false),
    MBO3_BBL("MBO3-BBL", Sector.MBO, 3, true),
    MBO4_BOL("MBO4-BOL", Sector.MBO, 4, false),
    MBO4_BBL("MBO4-BBL", Sector.MBO, 4, true),
    HBO_AD("HBO-AD", Sector.HBO, 0, false),
    HBO_BACHELOR("HBO-BACHELOR", Sector.HBO, 0, false),
    HBO_MASTER("HBO-MASTER", Sector.HBO, 0, false),
    WO_BACHELOR("WO-BACHELOR", Sector.WO, 0, false),
    WO_MASTER("WO-MASTER", Sector.WO, 0, false);

    /** Where a track belongs: secondary, vocational, higher professional or university education. */
    public enum Sector {
        VO,
        MBO,
        HBO,
        WO
    }

    private final String code;
    private final Sector sector;
    private final int mboLevel;
    private final boolean bbl;

    Track(String code, Sector sector, int mboLevel, boolean bbl) {
        this.code = code;
        this.sector = sector;
        this.mboLevel = mboLevel;
        this.bbl = bbl;
    }

    public String code() {
        return code;
    }

    public Sector sector() {
        return sector;
    }

    /** 1 to 4 in mbo, 0 elsewhere. */
    public int mboLevel() {
        return mboLevel;
    }

    /** The work-based pathway of mbo (beroepsbegeleidende leerweg). */
    public boolean bbl() {
        return bbl;
    }

    public boolean higherEducation() {
        return sector == Sector.HBO || sector == Sector.WO;
    }

    public static Optional<Track> ofCode(String code) {
        for (Track track : values()) {
            if (track.code.equals(code)) {
                return Optional.of(track);
            }
        }
        return Optional.empty();
    }

    /** The mbo track of a level (1 to 4) and pathway. */
    static Track mbo(int level, boolean bbl) {
        return switch (level) {
            case 1 -> bbl ? MBO1_BBL : MBO1_BOL;
            case 2 -> bbl ? MBO2_BBL : MBO2_BOL;
            case 3 -> bbl ? MBO3_BBL : MBO3_BOL;
            case 4 -> bbl ? MBO4_BBL : MBO4_BOL;
            default -> throw new IllegalArgumentException("mbo has levels 1 to 4, not " + level);
        };
    }
}
