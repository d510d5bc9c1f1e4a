package nl.leerbudget.schemes;

/**
 * Where a grant stands, coarsely, for statistics: granted and not yet started, started (paid or to be paid to the
 * provider), withdrawn by the person, or lapsed unused (its money went back to the window's budget).
 */
public enum GrantStage {
    OPEN,
    STARTED,
    WITHDRAWN,
    LAPSED
}
