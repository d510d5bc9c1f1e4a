package nl.leerbudget.overview;

/**
 * Where a booking stands. Money is held while it is requested or accepted, settled to the provider once it started
 * (completed and stopped early are settled too), and released in every other end.
 */
public enum BookingState {
    /** An adviser prepared it; the person confirms it before anything is held. */
    PREPARED("Klaargezet, wacht op uw bevestiging"),
    /** Money is held; the provider answers. */
    REQUESTED("Aangevraagd, wacht op de aanbieder"),
    /** The provider accepted; the provider reports the start. */
    ACCEPTED("Geaccepteerd door de aanbieder"),
    /** The person started: the money went to the provider. */
    STARTED("Gestart"),
    COMPLETED("Afgerond"),
    DECLINED("Afgewezen door de aanbieder"),
    CANCELLED("Geannuleerd"),
    NO_SHOW("Niet gestart"),
    /** Started and stopped before the end: the part delivered was paid, the rest released. */
    STOPPED_EARLY("Voortijdig gestopt"),
    /** A deadline passed without the step it waited for. */
    LAPSED("Verlopen");

    private final String label;

    BookingState(String label) {
        this.label = label;
    }

    /** The state in plain Dutch (B1), for pages. */
    public String label() {
        return label;
    }

    /** Whether the booking's money is held now. */
    public boolean holdsMoney() {
        return this == REQUESTED || this == ACCEPTED;
    }

    /** Whether the booking waits for nobody any more. */
    public boolean isFinal() {
        return switch (this) {
            case PREPARED, REQUESTED, ACCEPTED, STARTED -> false;
            case COMPLETED, DECLINED, CANCELLED, NO_SHOW, STOPPED_EARLY, LAPSED -> true;
        };
    }
}
