package nl.leerbudget.identity;

/** What a user may do, as in the product brief's table of users. */
public enum Role {
    /** Sees and uses their own budgets and rights only. */
    CITIZEN,
    /** Acts for a citizen under a time-limited mandate the citizen granted. */
    ADVISER,
    /** Staff of a training provider: its own offerings, enrolments and payments. */
    PROVIDER,
    /** Staff of a funder: its own deposits and the aggregate use of them. */
    FUNDER,
    /** The executing agency: schemes, windows, reviews, payouts. */
    SCHEME_ADMINISTRATOR,
    /** Admits providers and offerings to the training register. */
    REGISTER_REVIEWER,
    /** Aggregates and simulations only, no personal data. */
    ANALYST,
    /** Reads the audit trail and verifies invariants. */
    AUDITOR
}
