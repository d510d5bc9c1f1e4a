package nl.leerbudget.ledger;

public enum AccountKind {
    /** A labelled part of a person's learning account. */
    COMPARTMENT,
    /** Money of a funder: a state budget line, an employer, a sector fund, a municipality. */
    FUNDER,
    /** The budget of a voucher scheme or one of its application windows. */
    SCHEME_BUDGET,
    /** What is owed to a training provider. */
    PROVIDER_PAYABLE,
    /** The bank: money entering or leaving the ledger. May go below zero. */
    SETTLEMENT
}
