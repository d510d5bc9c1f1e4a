package nl.leerbudget.schemes;

/** The rules of a voucher scheme, each with a stable id that explanations and decisions carry. */
public enum SchemeRule {
    /** The basisregistraties know nothing of the person, so no rule can be checked. */
    S0_FACTS_UNKNOWN("S0"),
    S1_AGE("S1"),
    S2_LABOUR_MARKET("S2"),
    S3_EDUCATION_LEVEL("S3"),
    S4_SECTOR("S4"),
    S5_ONCE_PER_YEAR("S5"),
    S6_OFFERING_TYPE("S6"),
    S7_RECOGNISED("S7"),
    S8_ADMITTED("S8"),
    S9_ELIGIBLE_COST("S9"),
    /** Allocation: one person, one application per window. */
    A1_ONE_APPLICATION_PER_WINDOW("A1");

    private final String id;

    SchemeRule(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
