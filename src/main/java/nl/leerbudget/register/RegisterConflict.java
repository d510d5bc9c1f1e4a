package nl.leerbudget.register;

/** A request the register's current state does not allow, answered with 409. */
public final class RegisterConflict extends RuntimeException {

    public RegisterConflict(String message) {
        super(message, null, false, false);
    }
}
