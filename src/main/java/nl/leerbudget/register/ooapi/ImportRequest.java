package nl.leerbudget.register.ooapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.register.domain.OoapiKind;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the body of an import: one OOAPI object or an array of them. Each object's kind is recognised by its id
 * field ({@code organizationId}, {@code programId}, {@code courseId}, {@code offeringId}; an offering's
 * {@code offeringType} tells a program offering from a course offering). Without an id field the kind is taken
 * from {@code programType}, {@code offeringType} or {@code organizationType}, so that the object can still be
 * checked field by field. Every violation of every object is collected; a single object is {@code items[0]}.
 */
record ImportRequest(List<ImportItem> items, Violations violations) {

    static final int MAX_ITEMS = 500;

    private static final List<String> ID_FIELDS = List.of("organizationId", "programId", "courseId", "offeringId");

    static ImportRequest read(@Nullable JsonNode body) {
        Violations violations = new Violations();
        List<JsonNode> objects = new ArrayList<>();
        if (body != null && body.isArray()) {
            objects.addAll(body.values());
            if (objects.isEmpty()) {
                violations.add("items", "size", "an import holds at least one object");
            } else if (objects.size() > MAX_ITEMS) {
                violations.add("items", "size", "an import holds at most " + MAX_ITEMS + " objects");
                objects = objects.subList(0, MAX_ITEMS);
            }
        } else if (body != null && body.isObject()) {
            objects.add(body);
        } else {
            violations.add("", "type", "the body must be an OOAPI object or an array of them");
        }
        List<ImportItem> items = new ArrayList<>();
        for (int index = 0; index < objects.size(); index++) {
            ImportItem item = item(index, objects.get(index), violations);
            if (item != null) {
                items.add(item);
            }
        }
        duplicates(items, violations);
        return new ImportRequest(items, violations);
    }

    private static @Nullable ImportItem item(int index, JsonNode object, Violations violations) {
        String path = "items[" + index + "]";
        if (!object.isObject()) {
            violations.add(path, "type", "must be an object: an OOAPI Organization, Program, Course or Offering");
            return null;
        }
        OoapiKind kind = kind(object, path, violations);
        if (kind == null) {
            return null;
        }
        int before = violations.size();
        OoapiSchemas.of(kind).check(object, path, violations);
        if (violations.size() > before) {
            return null;
        }
        // What the register needs beyond the specification is checked on objects that fit it.
        UUID education = RegisterLimits.check(kind, object, path, violations);
        if (violations.size() > before) {
            return null;
        }
        UUID id = UUID.fromString(object.get(kind.idField()).stringValue());
        return new ImportItem(index, kind, id, object, education);
    }

    private static @Nullable OoapiKind kind(JsonNode object, String path, Violations violations) {
        List<String> ids =
                ID_FIELDS.stream().filter(field -> present(object, field)).toList();
        if (ids.size() > 1) {
            violations.add(
                    path,
                    "choice",
                    "has " + String.join(" and ", ids) + "; an item is one object, recognised by one id field");
            return null;
        }
        String id = ids.isEmpty() ? inferred(object) : ids.getFirst();
        if (id == null) {
            violations.add(
                    path,
                    "required",
                    "must have one of " + String.join(", ", ID_FIELDS)
                            + ", by which the register recognises the kind of object");
            return null;
        }
        return switch (id) {
            case "organizationId" -> OoapiKind.ORGANIZATION;
            case "programId" -> OoapiKind.PROGRAM;
            case "courseId" -> OoapiKind.COURSE;
            default -> offeringKind(object, path, violations);
        };
    }

    /** The kind of an object without an id field, from a property only that kind has. */
    private static @Nullable String inferred(JsonNode object) {
        if (present(object, "offeringType")) {
            return "offeringId";
        }
        if (present(object, "programType")) {
            return "programId";
        }
        if (present(object, "organizationType")) {
            return "organizationId";
        }
        return null;
    }

    private static @Nullable OoapiKind offeringKind(JsonNode object, String path, Violations violations) {
        JsonNode type = object.get("offeringType");
        if (type != null && type.isString() && type.stringValue().equals("program")) {
            return OoapiKind.PROGRAM_OFFERING;
        }
        if (type != null && type.isString() && type.stringValue().equals("course")) {
            return OoapiKind.COURSE_OFFERING;
        }
        // Not (yet) a program or course offering: check what all offerings share, and say what is wrong.
        OoapiSchemas.OFFERING.check(object, path, violations);
        if (type != null && type.isString() && type.stringValue().equals("component")) {
            violations.add(
                    Violations.path(path, "offeringType"),
                    "unsupported",
                    "component offerings are not imported: the register holds programs and courses and their"
                            + " offerings");
        }
        return null;
    }

    private static void duplicates(List<ImportItem> items, Violations violations) {
        Map<String, ImportItem> seen = new HashMap<>();
        for (ImportItem item : items) {
            String group = item.kind().isEducation() ? "education" : item.kind().isOffering() ? "offering" : "org";
            ImportItem first = seen.putIfAbsent(group + "/" + item.id(), item);
            if (first != null) {
                violations.add(
                        Violations.path(item.path(), item.kind().idField()),
                        "duplicate",
                        "the same id as " + first.path() + "; each object is imported once per request");
            }
        }
    }

    private static boolean present(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && !value.isNull();
    }
}
