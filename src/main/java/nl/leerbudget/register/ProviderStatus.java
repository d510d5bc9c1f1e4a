package nl.leerbudget.register;

/** A provider's standing in the register; every change carries a reason. */
public enum ProviderStatus {
    PENDING,
    ADMITTED,
    /** Temporarily: its offerings stay visible but cannot be booked anew. */
    SUSPENDED,
    EXCLUDED
}
