package nl.leerbudget.overview;

/**
 * Why a compartment does not pay in a financing plan, where it is not one of the ledger's conditions rules (those are
 * given as {@link nl.leerbudget.ledger.LedgerRule}, L23 to L29, with their own Dutch reasons). Each rule has a stable
 * id and the reason in plain Dutch (B1).
 */
public enum PlanRule {
    /** The ledger holds money on the day of booking, and refuses a compartment that is not valid yet (its L06). */
    NOT_YET_VALID("P1", "U kunt dit potje nu nog niet gebruiken. Het gaat later in."),
    /** Expired, or its last day has passed: the ledger would refuse it (its L06 and L07). */
    EXPIRED("P2", "Dit potje is verlopen. U kunt het niet meer gebruiken."),
    EMPTY("P3", "Er staat geen geld meer in dit potje dat u kunt gebruiken."),
    NOTHING_LEFT("P4", "De potjes hierboven betalen de opleiding al. Dit potje is niet meer nodig."),
    /** Hours or study credits pay no price in euros. */
    NOT_IN_EUROS("P5", "Dit potje telt niet in euro's. Het betaalt geen prijs in euro's.");

    private final String id;
    private final String reason;

    PlanRule(String id, String reason) {
        this.id = id;
        this.reason = reason;
    }

    public String id() {
        return id;
    }

    /** The reason in plain Dutch (B1), for pages. */
    public String reason() {
        return reason;
    }
}
