package nl.leerbudget.schemes;

/**
 * The application could not be recorded now (the database did not answer in time, or this instance is stopping).
 * Nothing was acknowledged; the client sends the same request again, with the same request id.
 */
public class IntakeUnavailable extends RuntimeException {

    public IntakeUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
