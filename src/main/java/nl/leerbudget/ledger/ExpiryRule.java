package nl.leerbudget.ledger;

/** What happens to what is left in a compartment after its validity ends. */
public enum ExpiryRule {
    /** The remaining balance goes back to the funder account that filled the compartment. */
    RETURN_TO_FUNDER,
    /** The remaining balance lapses to the state's account for lapsed funds. */
    LAPSE_TO_STATE
}
