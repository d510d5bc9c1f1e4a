package nl.leerbudget.funding;

/**
 * The funder portal's rules, each with an id and the reason a funder reads in Dutch (B1): why a line of a file is
 * refused, why a deposit did not go through, why a co-financing request was approved without a person looking.
 */
public enum FundingRule {
    FILE_EMPTY("F1", "Het bestand is leeg, of heeft alleen de eerste regel met de kolomnamen."),
    HEADER(
            "F2",
            "De eerste regel moet de kolomnamen geven. Voor geld storten: bsn (of persoon-id), bedrag en eventueel"
                    + " kenmerk. Voor relaties: bsn (of persoon-id), soort, begin en eventueel einde."),
    TOO_MANY_LINES("F3", "Een bestand heeft hoogstens 100.000 regels. Splits het bestand in delen."),
    FIELD_COUNT("F4", "Deze regel heeft niet evenveel velden als de eerste regel."),
    BSN_INVALID("F5", "Dit is geen geldig BSN: een BSN heeft 9 cijfers en klopt met de elfproef."),
    PERSON_UNKNOWN("F6", "Wij kennen niemand met dit BSN of dit persoon-id."),
    PERSON_TWICE("F7", "Deze persoon staat al op een eerdere regel van het bestand."),
    AMOUNT("F8", "Het bedrag ontbreekt, of is geen bedrag boven nul (bijvoorbeeld 500,00)."),
    TEXT("F9", "Het kenmerk is te lang (hoogstens 200 tekens) of bevat tekens die niet zijn toegestaan."),
    RELATION_KIND("F10", "De soort moet dienstverband, lidmaatschap of client zijn."),
    DATE("F11", "De datum ontbreekt of is geen datum als jjjj-mm-dd, bijvoorbeeld 2027-01-01."),
    END_BEFORE_START("F12", "Het einde ligt voor het begin."),
    FILE_HAS_PROBLEMS("F13", "Het bestand heeft fouten. Verbeter ze en laad het bestand opnieuw: er is niets gestort."),
    OTHER_TERMS(
            "F14",
            "Dit bestand is al eerder gestort, met andere voorwaarden. Er is niets nog een keer gestort. Wilt u dezelfde"
                    + " mensen nog een keer geld geven? Geef dan elke regel een ander kenmerk."),
    NOT_ENOUGH_MONEY("F15", "Er staat niet genoeg geld op uw rekening om alles te storten. Er is niets gestort."),
    FUNDER_ACCOUNT("F16", "Uw organisatie heeft geen rekening om geld van te storten."),
    UNDER_LIMIT(
            "F17", "Automatisch goedgekeurd: het gevraagde bedrag is niet hoger dan de grens die de financier zette."),
    // At the end of a relation (RelationEnds): what happened to the money the funder put on the learning account.
    RELATION_END_RETURNED(
            "F18",
            "De relatie met de financier is geëindigd. Het geld dat nog over was, ging terug naar de financier."),
    RELATION_END_TO_STATE(
            "F19", "De relatie met de financier is geëindigd. Het geld dat nog over was, ging naar de overheid."),
    RELATION_END_KEPT(
            "F20", "De relatie met de financier is geëindigd. U houdt dit geld, ook als u ergens anders gaat werken."),
    RELATION_END_STILL_FUNDED(
            "F21",
            "Deze relatie is geëindigd, maar er is nog een andere relatie met dezelfde financier. Er gaat niets"
                    + " terug."),
    RELATION_END_HELD(
            "F22",
            "Geld dat gereserveerd was voor een opleiding, blijft staan tot de opleider is betaald of de"
                    + " reservering vervalt. Wat dan vrijkomt, blijft in het potje tot het einde ervan.");

    private final String id;
    private final String reason;

    FundingRule(String id, String reason) {
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
