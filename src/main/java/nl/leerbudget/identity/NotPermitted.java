package nl.leerbudget.identity;

/** Thrown by module APIs when the current actor may not do what they asked; answered with 403. */
public final class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message, null, false, false);
    }
}
