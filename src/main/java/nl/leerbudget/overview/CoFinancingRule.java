package nl.leerbudget.overview;

/** Why a co-financing step is refused, with a stable id and the reason in plain Dutch (B1). */
public enum CoFinancingRule {
    NOTHING_TO_ASK("C1", "Uw potjes betalen deze opleiding al helemaal. U hoeft niemand te vragen om bij te betalen."),
    NO_RELATION(
            "C2", "U kunt alleen een werkgever, sectorfonds of gemeente vragen die al geld op uw leerrekening zet."),
    ALREADY_ASKED("C3", "U heeft deze financier al gevraagd om bij te betalen voor deze opleiding."),
    DECIDED("C4", "Over dit verzoek is al besloten."),
    AMOUNT_OUT_OF_RANGE("C5", "Het bedrag moet groter zijn dan nul en mag niet hoger zijn dan gevraagd."),
    NOT_ENOUGH_MONEY("C6", "Er staat niet genoeg geld op de rekening van de financier."),
    REQUEST_ID_REUSED("C7", "Dit formulier is al gebruikt. Probeer het opnieuw.");

    private final String id;
    private final String reason;

    CoFinancingRule(String id, String reason) {
        this.id = id;
        this.reason = reason;
    }

    public String id() {
        return id;
    }

    public String reason() {
        return reason;
    }
}
