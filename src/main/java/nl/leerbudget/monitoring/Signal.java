package nl.leerbudget.monitoring;

import java.util.Objects;

/**
 * A signal of possible misuse: the rule that raised it, what it is about (an offering, a provider, an account, a
 * bank account) and the evidence in Dutch, with the numbers that crossed the threshold.
 */
public record Signal(MisuseRule rule, String subject, String evidence) {

    public Signal {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(evidence, "evidence");
    }
}
