package nl.leerbudget.rights;

/** The sectors of Dutch publicly funded education after primary school. */
public enum EducationSector {
    /** Voortgezet onderwijs: vmbo, havo, vwo. */
    VO("voortgezet onderwijs"),
    /** Middelbaar beroepsonderwijs. */
    MBO("mbo"),
    /** Hoger beroepsonderwijs. */
    HBO("hbo"),
    /** Wetenschappelijk onderwijs. */
    WO("wo");

    private final String dutch;

    EducationSector(String dutch) {
        this.dutch = dutch;
    }

    /** The Dutch name for explanations. */
    public String dutch() {
        return dutch;
    }
}
