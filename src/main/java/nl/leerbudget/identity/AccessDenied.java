package nl.leerbudget.identity;

import java.time.Instant;

/**
 * Published whenever an access rule refuses an actor, so that probes for other people's data are recorded.
 *
 * @param resource what was asked for, e.g. "learning-account"
 * @param id the id asked for
 */
public record AccessDenied(Actor actor, String resource, String id, Instant at) {}
