package nl.leerbudget.schemes;

import java.util.List;

/** A scheme file that cannot be read. Lists every problem found, each naming the file and line. */
public class SchemeDataException extends IllegalArgumentException {

    private final List<String> problems;

    public SchemeDataException(String source, List<String> problems) {
        super(source + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
