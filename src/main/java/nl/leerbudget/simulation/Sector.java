package nl.leerbudget.simulation;

/**
 * The occupation class of a working person (CBS, "The Netherlands in numbers 2024"); people who do not work have
 * {@link #NONE}. The population uses the occupation class as its sector: CBS publishes the shares of employed people
 * by occupation class, which is what a scheme aimed at, say, healthcare needs.
 */
public enum Sector {
    BUSINESS("bedrijfseconomisch en administratief"),
    HEALTHCARE("zorg en welzijn"),
    ENGINEERING("techniek"),
    COMMERCE("commercieel"),
    SERVICES("dienstverlenend"),
    EDUCATION("pedagogisch"),
    TRANSPORT("transport en logistiek"),
    ICT("ict"),
    MANAGEMENT("managers"),
    PUBLIC("openbaar bestuur, veiligheid en juridisch"),
    CREATIVE("creatief en taalkundig"),
    AGRICULTURE("agrarisch"),
    OTHER("overig"),
    NONE("werkt niet");

    private final String dutch;

    Sector(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }

    /** The code a voucher scheme's sector condition names (lower case). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
