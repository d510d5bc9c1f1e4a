package nl.leerbudget.schemes;

import java.util.Objects;

/**
 * Why a rule of a scheme is not met.
 *
 * @param explanation in Dutch at language level B1, for the person
 */
public record Reason(SchemeRule rule, String explanation) {

    public Reason {
        Objects.requireNonNull(rule, "rule");
        if (explanation.isBlank()) {
            throw new IllegalArgumentException("a reason explains itself");
        }
    }

    public String ruleId() {
        return rule.id();
    }
}
