package nl.leerbudget.ledger;

/** Why money moved. Statements and funder reports group by it. */
public enum TransferCode {
    /** From the bank into a funder account. */
    TOP_UP,
    /** From a funder account into a compartment. */
    DEPOSIT,
    /** From a scheme budget into a compartment earmarked by a grant. */
    GRANT,
    /** From a compartment to a provider, for a training. */
    SPEND,
    /** From a provider payable to the bank. */
    PAYOUT,
    /** What was left in an expired compartment, back to its funder. */
    EXPIRY_RETURN,
    /** What was left in an expired compartment, lapsed to the state. */
    EXPIRY_LAPSE,
    /** A correction of an earlier transfer, as a new transfer in the opposite direction. */
    REVERSAL,
    /** A correction that is not the reversal of one transfer, e.g. a recomputed right. */
    ADJUSTMENT
}
