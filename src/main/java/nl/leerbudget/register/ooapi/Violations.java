package nl.leerbudget.register.ooapi;

import java.util.ArrayList;
import java.util.List;
import nl.leerbudget.platform.web.FieldViolation;

/** Every problem found in an import, each at its JSON path ({@code items[0].primaryCode.codeType}). */
final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    void add(String path, String code, String reason) {
        found.add(new FieldViolation(path, code, reason));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int size() {
        return found.size();
    }

    List<FieldViolation> all() {
        return List.copyOf(found);
    }

    static String path(String parent, String property) {
        return parent.isEmpty() ? property : parent + "." + property;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
