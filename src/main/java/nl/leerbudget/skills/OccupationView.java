package nl.leerbudget.skills;

import java.util.Objects;

/** An ESCO occupation with its preferred label in the language shown ({@code nl} where the release has it). */
public record OccupationView(String uri, String label, String language) {

    public OccupationView {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(language, "language");
    }

    /** The last part of the URI, as addresses carry it. */
    public String id() {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
