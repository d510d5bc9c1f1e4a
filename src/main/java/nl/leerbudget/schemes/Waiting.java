package nl.leerbudget.schemes;

import java.util.Objects;

/** An application on the waiting list (wachtlijst) of a window, at {@code position} from 1. */
public record Waiting(Application application, int position) {

    public Waiting {
        Objects.requireNonNull(application, "application");
        if (position < 1) {
            throw new IllegalArgumentException("waiting list positions count from 1");
        }
    }
}
