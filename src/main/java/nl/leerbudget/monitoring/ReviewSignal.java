package nl.leerbudget.monitoring;

import java.util.Objects;
import nl.leerbudget.register.ProviderId;

/**
 * A signal of misuse as the reviewers' page shows it: the signal with its rule and evidence, the provider it points
 * at (a reviewer can suspend it or hold its payouts) by name, and whether its payouts are held already.
 *
 * @param subjectName what the signal is about in words: an offering's name, a provider's name or a pseudonym
 */
public record ReviewSignal(
        Signal signal, ProviderId provider, String providerName, String subjectName, boolean payoutsHeld) {

    public ReviewSignal {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(subjectName, "subjectName");
    }
}
