package nl.leerbudget.ledger;

/** Accounts the ledger itself keeps, one per unit, opened at start-up. */
public final class SystemAccounts {

    private SystemAccounts() {}

    /** The bank: where money enters and leaves the ledger. */
    public static AccountId settlement(Unit unit) {
        return AccountId.derived("system/settlement/" + unit);
    }

    /** The state's account for what lapses from expired compartments. */
    public static AccountId lapsed(Unit unit) {
        return AccountId.derived("system/lapsed/" + unit);
    }
}
