package nl.leerbudget.register.ooapi;

/** What an import did with one OOAPI object. */
public enum ImportOutcome {
    /** A program or course became a new offering in the register (version 1), checked by the framework. */
    CREATED,
    /** Its register offering changed, so it has a new version, checked again and reviewed again. */
    REVISED,
    /** Stored as sent, while its register offering (if it has one) did not change: no new version. */
    RECORDED,
    /** Nothing changed: the same object was imported before. */
    UNCHANGED
}
