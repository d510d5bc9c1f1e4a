package nl.leerbudget.schemes;

/** How a window shares out its budget. */
public enum AllocationMethod {
    /** In receipt order, decided at once ({@link Allocation#firstComeFirstServed}). */
    FIRST_COME,
    /** Drawn after the window closes with the seed published at opening ({@link Allocation#lottery}). */
    LOTTERY
}
