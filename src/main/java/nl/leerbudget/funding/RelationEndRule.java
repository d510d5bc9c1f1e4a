package nl.leerbudget.funding;

/**
 * What happens to a funder's money on a person's learning account when the relation between them ends (the last day of
 * employment, membership or being a client), chosen by the funder per deposit. Only what is neither spent nor held
 * moves; money held for a booking stays until it is paid or released (see {@link RelationEnds}).
 */
public enum RelationEndRule {
    /** The person keeps it, whatever job they go to (portability): nothing moves; the deposit's own end applies. */
    PERSON_KEEPS,
    /** It goes back to the funder's account. */
    RETURN_TO_FUNDER,
    /** It goes to the state's account for lapsed money. */
    TO_STATE
}
