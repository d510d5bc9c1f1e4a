package nl.leerbudget.identity;

/** The benefits (uitkeringen) that UWV and the municipalities deliver facts about. */
public enum BenefitKind {
    /** Werkloosheidswet: unemployment benefit (UWV). */
    WW,
    /** Wet werk en inkomen naar arbeidsvermogen: incapacity benefit (UWV). */
    WIA,
    /** Wajong: young disabled persons (UWV). */
    WAJONG,
    /** Ziektewet: sickness benefit (UWV). */
    ZW,
    /** Participatiewet: social assistance, bijstand (municipality). */
    BIJSTAND,
    /** IOAW: older or partially disabled unemployed employees (municipality). */
    IOAW,
    /** IOAZ: older or partially disabled former self-employed (municipality). */
    IOAZ
}
