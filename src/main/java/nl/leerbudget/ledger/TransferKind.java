package nl.leerbudget.ledger;

/** The shape of a ledger entry, after TigerBeetle's two-phase transfers. */
public enum TransferKind {
    /** Moves money at once. */
    POSTED,
    /** Reserves money (a hold): counted against the debit account's available balance, not yet moved. */
    PENDING,
    /** Settles a hold, fully or partly; the rest of the hold is released by the same entry. */
    POST_PENDING,
    /** Releases a hold without moving money. */
    VOID_PENDING
}
