package nl.leerbudget.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The characters a request may carry in its texts. Refused everywhere (JSON bodies, query and form parameters, text
 * bodies): NUL and the other control characters except tab, line feed and carriage return; a lone half of a surrogate
 * pair, which is no character at all; and the bidirectional embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069), with which a stored label or reference can show itself in another order than it was written
 * ("Trojan Source", CVE-2021-42574).
 */
public final class Characters {

    private Characters() {}

    /** Why the text may not be accepted, or null when it may. */
    public static @Nullable String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "must not contain a NUL character";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return "must not contain control characters";
            }
            if ((c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
                return "must not contain bidirectional control characters (U+202A–U+202E, U+2066–U+2069)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain a lone surrogate";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain a lone surrogate";
            }
        }
        return null;
    }

    /** A violation for every text in a JSON document (field names included) that may not be accepted. */
    public static List<FieldViolation> violations(JsonNode document) {
        List<FieldViolation> violations = new ArrayList<>();
        collect(document, "", violations);
        return violations;
    }

    private static void collect(JsonNode node, String path, List<FieldViolation> violations) {
        if (node.isString()) {
            String problem = problem(node.stringValue());
            if (problem != null) {
                violations.add(new FieldViolation(path, "character", problem));
            }
        } else if (node.isArray()) {
            int index = 0;
            for (JsonNode item : node.values()) {
                collect(item, path + "[" + index++ + "]", violations);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String name = property.getKey();
                String problem = problem(name);
                if (problem != null) {
                    violations.add(
                            new FieldViolation(path.isEmpty() ? "" : path, "character", "a field name " + problem));
                    continue;
                }
                collect(property.getValue(), path.isEmpty() ? name : path + "." + name, violations);
            }
        }
    }
}
