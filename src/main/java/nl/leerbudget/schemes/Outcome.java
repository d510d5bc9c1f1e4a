package nl.leerbudget.schemes;

import java.util.Objects;

/** An application with what allocation decided for it. */
public record Outcome(Application application, Decision decision) {

    public Outcome {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(decision, "decision");
    }
}
