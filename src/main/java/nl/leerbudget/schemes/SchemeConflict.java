package nl.leerbudget.schemes;

/** A request that does not fit the state of a scheme or window: answered as a conflict (409), nothing written. */
public class SchemeConflict extends RuntimeException {

    private final String kind;

    /** @param kind a stable code of the kind of conflict, such as {@code window-closed} */
    public SchemeConflict(String kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
