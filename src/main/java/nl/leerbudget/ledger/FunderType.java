package nl.leerbudget.ledger;

public enum FunderType {
    STATE,
    EMPLOYER,
    SECTOR_FUND,
    MUNICIPALITY,
    PERSON
}
