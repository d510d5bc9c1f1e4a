package nl.leerbudget.register.domain;

/** The kinds of Open Education API (OOAPI v5) objects the register imports, each recognised by its id field. */
public enum OoapiKind {
    ORGANIZATION("organizationId"),
    PROGRAM("programId"),
    COURSE("courseId"),
    PROGRAM_OFFERING("offeringId"),
    COURSE_OFFERING("offeringId");

    private final String idField;

    OoapiKind(String idField) {
        this.idField = idField;
    }

    /** The property that holds the object's id. */
    public String idField() {
        return idField;
    }

    /** A program or a course: what becomes one offering in the register. */
    public boolean isEducation() {
        return this == PROGRAM || this == COURSE;
    }

    public boolean isOffering() {
        return this == PROGRAM_OFFERING || this == COURSE_OFFERING;
    }

    /** For an offering: the kind of education it offers. */
    public OoapiKind education() {
        return switch (this) {
            case PROGRAM_OFFERING -> PROGRAM;
            case COURSE_OFFERING -> COURSE;
            default -> throw new IllegalStateException(this + " is not an offering");
        };
    }
}
