package nl.leerbudget.monitoring;

/**
 * Signals of possible misuse for reviewers and scheme administrators. A signal is a reason to look, never a decision:
 * each has a stable id, the reason in plain Dutch (B1) and, in the signal itself, the evidence that raised it. The
 * thresholds are policy data ({@code monitoring/signalen-2027.policy}).
 */
public enum MisuseRule {
    OVER_CAP("M1", "Meer deelnemers dan het maximum per opleiding. Kijk of de opleiding echt zo vaak wordt gegeven."),
    JUMP("M2", "Veel meer boekingen of subsidies dan deze aanbieder gewoonlijk heeft. Kijk wat er veranderd is."),
    PRICE(
            "M3",
            "De prijs ligt ver boven die van vergelijkbare opleidingen. Kijk of de prijs klopt met wat er geleverd"
                    + " wordt."),
    SHARED_ACCOUNT(
            "M4",
            "Veel aanbieders of personen gebruiken hetzelfde rekeningnummer, adres of apparaat. Kijk of zij bij"
                    + " elkaar horen."),
    START_CANCEL("M5", "Veel boekingen die worden gestart en daarna geannuleerd. Kijk of er een patroon in zit."),
    LOGIN_CHANGED(
            "M6",
            "De inloggegevens van dit account zijn kort voordat er geld werd uitgegeven veranderd. Kijk of het"
                    + " account is overgenomen.");

    private final String id;
    private final String reason;

    MisuseRule(String id, String reason) {
        this.id = id;
        this.reason = reason;
    }

    public String id() {
        return id;
    }

    /** The reason in plain Dutch (B1). */
    public String reason() {
        return reason;
    }
}
