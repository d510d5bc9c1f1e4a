package nl.leerbudget.overview;

/**
 * Where the money in a compartment comes from, as the plan sorts it: private money (an employer, a sector fund, the
 * person's own) or public money (a municipality, the state, a voucher scheme, the learning right).
 */
public enum Source {
    EMPLOYER("Werkgever", true),
    SECTOR_FUND("Sectorfonds", true),
    PERSON("Eigen geld", true),
    MUNICIPALITY("Gemeente", false),
    STATE("Rijksoverheid", false),
    /** A grant from a voucher scheme (regeling), such as STAP. */
    SCHEME("Subsidie uit een regeling", false),
    /** The learning right: the rights module's compartment. */
    LEARNING_RIGHT("Leerrecht", false);

    private final String dutch;
    private final boolean isPrivate;

    Source(String dutch, boolean isPrivate) {
        this.dutch = dutch;
        this.isPrivate = isPrivate;
    }

    /** The name on pages, in Dutch. */
    public String dutch() {
        return dutch;
    }

    public boolean isPrivate() {
        return isPrivate;
    }
}
