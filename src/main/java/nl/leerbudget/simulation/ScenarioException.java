package nl.leerbudget.simulation;

import java.util.List;

/** A scenario file that cannot be read or run, with every problem found (in Dutch, with its line where known). */
public final class ScenarioException extends RuntimeException {

    private final List<String> problems;

    public ScenarioException(String source, List<String> problems) {
        super(source + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
