package nl.leerbudget.funding;

import org.jspecify.annotations.Nullable;

/** What ties a person to a funder. */
public enum RelationKind {
    /** Employed by an employer. */
    EMPLOYMENT("dienstverband"),
    /** A member of a sector training fund (through their employer's sector). */
    MEMBERSHIP("lidmaatschap"),
    /** A client of a municipality or UWV (a job seeker, a benefit recipient). */
    CLIENT("client");

    private final String dutch;

    RelationKind(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }

    public static @Nullable RelationKind ofDutch(String text) {
        for (RelationKind kind : values()) {
            if (kind.dutch.equals(text) || kind.name().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        return null;
    }
}
