package nl.leerbudget.identity;

import org.jspecify.annotations.Nullable;

/** The level of assurance of a login (eIDAS), as the identity provider states it in the {@code acr} claim. */
public enum Assurance {
    NONE,
    LOW,
    SUBSTANTIAL,
    HIGH;

    private static final String EIDAS = "http://eidas.europa.eu/LoA/";

    /** Reads an {@code acr} value; anything unknown counts as no assurance. */
    public static Assurance ofAcr(@Nullable Object acr) {
        if (!(acr instanceof String value)) {
            return NONE;
        }
        return switch (value) {
            case EIDAS + "low" -> LOW;
            case EIDAS + "substantial" -> SUBSTANTIAL;
            case EIDAS + "high" -> HIGH;
            default -> NONE;
        };
    }

    public String acr() {
        return EIDAS + name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean atLeast(Assurance other) {
        return compareTo(other) >= 0;
    }
}
