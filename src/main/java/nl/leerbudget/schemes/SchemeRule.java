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
    /** Targeting: the person's age is outside the age band of the scheme's target group. */
    T1_AGE_BAND("T1"),
    /** Targeting: the person is not in a labour-market position the target group asks for. */
    T2_LABOUR_MARKET_POSITION("T2"),
    /** Targeting: the person does not work in a sector of the target group. */
    T3_SECTOR("T3"),
    /** Targeting: the person's highest education is outside the levels of the target group. */
    T4_EDUCATION_LEVEL("T4"),
    /** Targeting: the target group is for people in a basic-skills (literacy) programme. */
    T5_LITERACY_PROGRAMME("T5"),
    /** Targeting: the offering is not of a type the target group is for. */
    T6_OFFERING_TYPE("T6"),
    /** Targeting: the offering does not lead to a field of work the target group is for. */
    T7_OFFERING_FIELD("T7"),
    /** Targeting: only for a follow-on year of a programme that this scheme granted in an earlier year. */
    T8_FOLLOW_ON_YEAR("T8"),
    /** Co-financing: the scheme pays only with a co-financer (the employer, or a sector fund) that the person has. */
    C1_CO_FINANCER("C1"),
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
