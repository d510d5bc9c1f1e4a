package nl.leerbudget.skills.domain;

import java.util.Objects;

/** A concept and one concept directly above it in ESCO's hierarchies. */
public record Broader(String uri, String broaderUri) {

    public Broader {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(broaderUri, "broaderUri");
    }
}
