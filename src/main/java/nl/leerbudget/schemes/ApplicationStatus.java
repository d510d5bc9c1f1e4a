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
    REJECTED,
    /** The provider confirmed the start: the grant is settled to the provider and paid in the next payout run. */
    STARTED,
    /** Paid to the provider's bank account in a payout run. */
    PAID,
    /** The person withdrew the grant before the start; its money went back to the window's budget. */
    WITHDRAWN,
    /** No start was confirmed before the lapse date: the grant was revoked and its money went back to the budget. */
    LAPSED;

    /** The status as the person reads it, in Dutch. */
    public String dutch() {
        return switch (this) {
            case RECEIVED -> "Ontvangen, wacht op de loting";
            case GRANTED -> "Toegekend";
            case WAITLISTED -> "Op de wachtlijst";
            case REJECTED -> "Afgewezen";
            case STARTED -> "Gestart, wordt uitbetaald aan de opleider";
            case PAID -> "Gestart, uitbetaald aan de opleider";
            case WITHDRAWN -> "Ingetrokken";
            case LAPSED -> "Vervallen";
        };
    }

    /** Whether the application holds (or held) a grant with its compartment. */
    public boolean isGrant() {
        return switch (this) {
            case GRANTED, STARTED, PAID, WITHDRAWN, LAPSED -> true;
            case RECEIVED, WAITLISTED, REJECTED -> false;
        };
    }
}
