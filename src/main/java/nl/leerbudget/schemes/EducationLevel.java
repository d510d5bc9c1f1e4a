package nl.leerbudget.schemes;

/**
 * The highest education a person completed, in order, so that a scheme can say "up to mbo-4". Secondary school
 * diplomas are ranked with the mbo level of the same NLQF level: vmbo with mbo-2, havo and vwo with mbo-4 (NLQF 4).
 * That ranking is an assumption: the STAP compartment of 2023 (F9) speaks of "at most an mbo-4 diploma" only.
 */
public enum EducationLevel {
    NONE("geen diploma"),
    MBO_1("mbo 1 (entree)"),
    MBO_2("mbo 2 of vmbo"),
    MBO_3("mbo 3"),
    MBO_4("mbo 4, havo of vwo"),
    ASSOCIATE_DEGREE("associate degree (hbo)"),
    BACHELOR("bachelor (hbo of wo)"),
    MASTER("master"),
    DOCTORATE("doctoraat");

    private final String dutch;

    EducationLevel(String dutch) {
        this.dutch = dutch;
    }

    /** In Dutch, for explanations. */
    public String dutch() {
        return dutch;
    }

    public boolean isAtMost(EducationLevel maximum) {
        return compareTo(maximum) <= 0;
    }
}
