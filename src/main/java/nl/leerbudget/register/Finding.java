package nl.leerbudget.register;

/**
 * What one rule of the assessment framework found about an offering, with its stable id and a Dutch explanation
 * the provider sees.
 */
public record Finding(String ruleId, Effect effect, String explanation) {

    public enum Effect {
        /** The offering cannot be admitted as it is. */
        REJECT,
        /** A reviewer must look at this before admitting. */
        REVIEW
    }
}
