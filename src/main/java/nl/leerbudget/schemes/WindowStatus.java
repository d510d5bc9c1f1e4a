package nl.leerbudget.schemes;

/** Where an application window stands, by the clock. */
public enum WindowStatus {
    /** Not open yet. */
    PLANNED,
    /** Receiving applications. */
    OPEN,
    /** No longer receiving applications (its closing time passed, or an administrator closed it). */
    CLOSED
}
