package nl.leerbudget.ledger;

/**
 * The unit an account counts in. Amounts are integers in hundredths of the unit (cents for euros). A transfer never
 * mixes units: both of its accounts have the same unit, which the database holds with a composite foreign key.
 */
public enum Unit {
    EUR,
    HOURS,
    STUDY_CREDITS
}
