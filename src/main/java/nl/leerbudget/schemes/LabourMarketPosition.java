package nl.leerbudget.schemes;

/**
 * Where a person stands on the labour market, as far as the target groups of a scheme ask (seed 003 section 3.3
 * and 3.6; seed 002 on job seekers and benefit recipients). A person can be in more than one at a time: someone who
 * works part-time and receives a partial WW benefit is employed and a benefit recipient.
 */
public enum LabourMarketPosition {
    /** In paid employment (loondienst). Source: UWV's polisadministratie. */
    EMPLOYED("employed", "in loondienst werken"),
    /** Self-employed (zelfstandige, zzp). Source: the Chamber of Commerce. */
    SELF_EMPLOYED("self-employed", "zelfstandig ondernemer zijn"),
    /** Registered as a job seeker (werkzoekend ingeschreven). Source: UWV. */
    JOB_SEEKER("job-seeker", "werkzoekend zijn"),
    /**
     * Receives a benefit (WW, WIA, bijstand) on the day in question. Source: the benefit facts that UWV and the
     * municipalities deliver, never the applicant facts themselves.
     */
    BENEFIT_RECIPIENT("benefit-recipient", "een uitkering hebben");

    private final String code;
    private final String dutch;

    LabourMarketPosition(String code, String dutch) {
        this.code = code;
        this.dutch = dutch;
    }

    /** As written in scheme files and the API, such as {@code job-seeker}. */
    public String code() {
        return code;
    }

    /** In Dutch, after "mensen die ...": "werkzoekend zijn". */
    public String dutch() {
        return dutch;
    }

    public static LabourMarketPosition ofCode(String code) {
        for (LabourMarketPosition position : values()) {
            if (position.code.equals(code)) {
                return position;
            }
        }
        throw new IllegalArgumentException("unknown labour-market position '" + code
                + "' (known: employed, self-employed, job-seeker, benefit-recipient)");
    }
}
