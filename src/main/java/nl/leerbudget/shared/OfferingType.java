package nl.leerbudget.shared;

/** The kinds of things one can enrol in; compartments, schemes and the register all speak of them. */
public enum OfferingType {
    DIPLOMA_PROGRAMME,
    MBO_CERTIFICATE,
    MICROCREDENTIAL,
    SHORT_COURSE,
    EVC_PROCEDURE,
    CAREER_ADVICE
}
