package nl.leerbudget.rights;

import java.util.List;

/**
 * A policy file or cost table that cannot be read. Lists every problem found, each naming the file and line, so that
 * whoever maintains the file can fix them all at once.
 */
public class RightsDataException extends IllegalArgumentException {

    private final List<String> problems;

    public RightsDataException(String source, List<String> problems) {
        super(source + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
