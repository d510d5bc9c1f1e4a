package nl.leerbudget.ledger;

/** The rules a ledger command can break, each with a stable id for clients and a plain explanation. */
public enum LedgerRule {
    UNKNOWN_ACCOUNT("L01", "The account does not exist."),
    UNIT_MISMATCH("L02", "Both accounts of a transfer must count in the same unit."),
    SAME_ACCOUNT("L03", "A transfer moves money between two different accounts."),
    NOT_POSITIVE("L04", "The amount must be greater than zero."),
    INSUFFICIENT_FUNDS("L05", "The available balance is too low for this amount."),
    COMPARTMENT_NOT_VALID("L06", "The compartment cannot be spent from on this date."),
    COMPARTMENT_EXPIRED("L07", "The compartment has expired and takes no more money."),
    FUNDER_MISMATCH("L08", "Only the compartment's own funder can deposit into it."),
    UNKNOWN_HOLD("L09", "The hold does not exist."),
    HOLD_RESOLVED("L10", "The hold has already been settled or released."),
    HOLD_TIMED_OUT("L11", "The hold has passed its timeout and was released."),
    EXCEEDS_HOLD("L12", "A settlement cannot be larger than its hold."),
    UNKNOWN_TRANSFER("L13", "The transfer does not exist."),
    NOT_REVERSIBLE("L14", "Only transfers that moved money can be reversed."),
    ALREADY_REVERSED("L15", "The transfer has already been reversed."),
    OVERFLOW("L16", "The amount would make a balance larger than the ledger can count."),
    ACCOUNT_EXISTS("L17", "An account with this id already exists."),
    WRONG_ACCOUNT_KIND("L18", "This operation does not apply to this kind of account."),
    NOT_PERMITTED("L19", "You may not move money on these accounts.");

    private final String id;
    private final String explanation;

    LedgerRule(String id, String explanation) {
        this.id = id;
        this.explanation = explanation;
    }

    public String id() {
        return id;
    }

    public String explanation() {
        return explanation;
    }
}
