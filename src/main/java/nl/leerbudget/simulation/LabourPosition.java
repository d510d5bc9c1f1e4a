package nl.leerbudget.simulation;

/** Position on the labour market, as CBS divides the population (arbeidspositie). */
public enum LabourPosition {
    EMPLOYED("werknemer"),
    SELF_EMPLOYED("zelfstandige"),
    JOB_SEEKER("werkzoekende"),
    BENEFITS("uitkering"),
    NOT_IN_LABOUR_FORCE("niet op de arbeidsmarkt");

    private final String dutch;

    LabourPosition(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }

    /** Works for an employer or for themselves. */
    public boolean working() {
        return this == EMPLOYED || this == SELF_EMPLOYED;
    }
}
