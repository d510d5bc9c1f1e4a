package nl.leerbudget.ledger;

/**
 * The rules a ledger command can break, each with a stable id for clients, a plain explanation, and the reason in
 * Dutch (B1) for the people whose money it is.
 */
public enum LedgerRule {
    UNKNOWN_ACCOUNT("L01", "The account does not exist.", "Deze rekening bestaat niet."),
    UNIT_MISMATCH(
            "L02",
            "Both accounts of a transfer must count in the same unit.",
            "Beide rekeningen moeten in dezelfde eenheid tellen (bijvoorbeeld euro's)."),
    SAME_ACCOUNT(
            "L03", "A transfer moves money between two different accounts.", "Van en naar zijn dezelfde rekening."),
    NOT_POSITIVE("L04", "The amount must be greater than zero.", "Het bedrag moet groter zijn dan nul."),
    INSUFFICIENT_FUNDS(
            "L05", "The available balance is too low for this amount.", "Er staat niet genoeg geld in dit potje."),
    COMPARTMENT_NOT_VALID(
            "L06",
            "The compartment cannot be spent from on this date.",
            "U kunt dit potje op deze datum niet gebruiken."),
    COMPARTMENT_EXPIRED("L07", "The compartment has expired and takes no more money.", "Dit potje is verlopen."),
    FUNDER_MISMATCH(
            "L08",
            "Only the compartment's own funder can deposit into it.",
            "Alleen de financier van dit potje kan er geld in storten."),
    UNKNOWN_HOLD("L09", "The hold does not exist.", "Deze reservering bestaat niet."),
    HOLD_RESOLVED(
            "L10", "The hold has already been settled or released.", "Deze reservering is al betaald of vrijgegeven."),
    HOLD_TIMED_OUT(
            "L11",
            "The hold has passed its timeout and was released.",
            "Deze reservering is te lang open gebleven en is vrijgegeven."),
    EXCEEDS_HOLD(
            "L12", "A settlement cannot be larger than its hold.", "U kunt niet meer betalen dan er is gereserveerd."),
    UNKNOWN_TRANSFER("L13", "The transfer does not exist.", "Deze boeking bestaat niet."),
    NOT_REVERSIBLE(
            "L14",
            "Only transfers that moved money can be reversed.",
            "Alleen een boeking waarmee geld is verplaatst kan worden teruggedraaid."),
    ALREADY_REVERSED("L15", "The transfer has already been reversed.", "Deze boeking is al teruggedraaid."),
    OVERFLOW("L16", "The amount would make a balance larger than the ledger can count.", "Dit bedrag is te groot."),
    ACCOUNT_EXISTS("L17", "An account with this id already exists.", "Deze rekening bestaat al."),
    WRONG_ACCOUNT_KIND(
            "L18", "This operation does not apply to this kind of account.", "Dit kan niet met deze soort rekening."),
    NOT_PERMITTED(
            "L19",
            "You may not move money on these accounts.",
            "U mag geen geld verplaatsen van of naar deze rekeningen."),
    // What a compartment may pay for (CompartmentConditions): checked on every hold and payment out of a compartment.
    PURPOSE_MISSING(
            "L20",
            "A payment from a compartment names the offering it pays for, and only a spend pays a provider.",
            "Geld uit een potje betaalt alleen een opleiding. Zeg voor welke opleiding het is."),
    UNKNOWN_OFFERING(
            "L21",
            "The offering is not in the training register.",
            "Deze opleiding staat niet in het scholingsregister."),
    PAYEE_NOT_PROVIDER(
            "L22",
            "The money would go to another provider than the one that gives the offering.",
            "Het geld gaat naar een andere opleider dan de opleider die deze opleiding geeft."),
    OTHER_OFFERING(
            "L23",
            "This compartment pays for one specific offering only.",
            "Dit potje is alleen voor één bepaalde opleiding. Het betaalt geen andere opleiding."),
    OFFERING_TYPE_EXCLUDED(
            "L24",
            "This compartment does not pay for this type of offering.",
            "Dit potje betaalt dit soort opleiding niet."),
    NOT_RECOGNISED(
            "L25",
            "This compartment pays for recognised (publicly funded) education only.",
            "Dit potje betaalt alleen erkend onderwijs (onderwijs dat de overheid bekostigt)."),
    SECTOR_EXCLUDED(
            "L26",
            "This compartment pays only for training towards the sectors its funder named.",
            "Dit potje betaalt alleen opleidingen voor de sector die de financier heeft gekozen."),
    LEVEL_EXCLUDED(
            "L27",
            "This compartment pays only for training at the education levels its funder named.",
            "Dit potje betaalt alleen opleidingen op het niveau dat de financier heeft gekozen."),
    OCCUPATION_EXCLUDED(
            "L28",
            "This compartment pays only for training that leads to the occupations its funder named.",
            "Dit potje betaalt alleen opleidingen voor het beroep dat de financier heeft gekozen."),
    PROVIDER_EXCLUDED(
            "L29",
            "This compartment pays only for training given by the providers its funder named.",
            "Dit potje betaalt alleen opleidingen van de opleiders die de financier heeft gekozen.");

    private final String id;
    private final String explanation;
    private final String reason;

    LedgerRule(String id, String explanation, String reason) {
        this.id = id;
        this.explanation = explanation;
        this.reason = reason;
    }

    public String id() {
        return id;
    }

    public String explanation() {
        return explanation;
    }

    /** The reason in plain Dutch (B1), for pages. */
    public String reason() {
        return reason;
    }
}
