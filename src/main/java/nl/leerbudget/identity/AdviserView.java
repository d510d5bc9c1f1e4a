package nl.leerbudget.identity;

import java.util.UUID;

/** An adviser as a citizen chooses one to grant a mandate: the user id and the name. */
public record AdviserView(UUID id, String displayName) {}
