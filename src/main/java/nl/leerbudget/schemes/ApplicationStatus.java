package nl.leerbudget.schemes;

/** Where an application stands. */
public enum ApplicationStatus {
    /** Eligible, waiting for the draw of a lottery window. */
    RECEIVED,
    /** Granted: the amount is an earmarked compartment of the person's learning account. */
    GRANTED,
    /** Eligible, but there was not enough money; on the waiting list. */
    WAITLISTED,
    /** Not eligible, or a second application in the window; the reasons say why. */
    REJECTED
}
