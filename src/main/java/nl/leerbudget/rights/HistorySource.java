package nl.leerbudget.rights;

/** Where a version of an education history came from. */
public enum HistorySource {
    /** Sent one person at a time through the API. */
    API,
    /** A line of an imported CSV file. */
    CSV,
    /** A line of a population file of the national batch. */
    BATCH
}
