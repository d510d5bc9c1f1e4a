package nl.leerbudget.register;

public enum OfferingStatus {
    IN_REVIEW,
    ADMITTED,
    REJECTED
}
