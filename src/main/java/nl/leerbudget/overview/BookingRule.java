package nl.leerbudget.overview;

/**
 * Why a step of a booking is refused. Each rule has a stable id and the reason in plain Dutch (B1); the booking
 * policy ({@code overview/boekingen-2027.policy}) gives the deadlines the rules refer to.
 */
public enum BookingRule {
    START_DATE_PASSED("B1", "Deze startdatum is al voorbij. Kies een latere startdatum."),
    ALREADY_BOOKED("B2", "U heeft deze opleiding op deze startdatum al geboekt."),
    NOT_PREPARED("B3", "Deze boeking wacht niet op uw bevestiging."),
    NOT_REQUESTED("B4", "Deze boeking wacht niet (meer) op een antwoord van de aanbieder."),
    NOT_ACCEPTED("B5", "De aanbieder kan de start alleen melden van een geaccepteerde boeking."),
    NOT_STARTED("B6", "Alleen een gestarte opleiding kan worden afgerond."),
    NOT_CANCELLABLE("B7", "U kunt deze boeking niet meer annuleren. Dat kan alleen voordat de opleiding begint."),
    DEADLINE_PASSED("B8", "De termijn voor deze stap is voorbij."),
    START_OUT_OF_RANGE(
            "B9", "De startdatum die de aanbieder meldt, ligt niet tussen de geboekte startdatum en vandaag."),
    FINAL_PRICE_TOO_HIGH("B10", "Het bedrag is hoger dan de prijs van de boeking."),
    GRANT_ABOVE_PRICE(
            "B11",
            "Het bedrag is lager dan de subsidie voor deze opleiding. Neem contact op met de uitvoerder van de"
                    + " regeling."),
    ADVISER_MAY_NOT_CONFIRM(
            "B12", "Uw machtiging geeft u geen toestemming om te boeken. De persoon bevestigt de boeking zelf."),
    NOT_PAYABLE("B13", "Het geld kon niet worden vastgezet. Bekijk het financieringsplan opnieuw."),
    NOT_BOOKABLE("B14", "Deze opleiding kunt u nu niet boeken via Leerbudget.");

    private final String id;
    private final String reason;

    BookingRule(String id, String reason) {
        this.id = id;
        this.reason = reason;
    }

    public String id() {
        return id;
    }

    /** The reason in plain Dutch (B1), for pages and the problem's {@code reason}. */
    public String reason() {
        return reason;
    }
}
