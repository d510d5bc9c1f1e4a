package nl.leerbudget.register.ooapi;

import static nl.leerbudget.register.ooapi.OoapiTranslation.has;
import static nl.leerbudget.register.ooapi.OoapiTranslation.text;

import java.util.UUID;
import nl.leerbudget.register.domain.OoapiKind;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the register needs of an OOAPI object beyond its schema, so that {@link OoapiTranslation} can map it: an
 * offering names its program or course, prices are in euros with at most two decimals and add up, and texts fit
 * the register. Applied to objects that fit their schema.
 */
final class RegisterLimits {

    static final int MAX_NAME = 300;
    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_CITY = 200;
    static final int MAX_STUDY_LOAD = 100_000;

    private RegisterLimits() {}

    /** Adds every violation; returns, for an offering, the id of the program or course it offers. */
    static @Nullable UUID check(OoapiKind kind, JsonNode object, String path, Violations violations) {
        cities(object, path, violations);
        if (kind.isEducation()) {
            education(object, path, violations);
            return null;
        }
        if (kind.isOffering()) {
            prices(object, path, violations);
            return education(kind, object, path, violations);
        }
        return null;
    }

    private static void education(JsonNode object, String path, Violations violations) {
        String name = OoapiTranslation.chosen(object.get("name"));
        if (name.length() > MAX_NAME) {
            violations.add(
                    Violations.path(path, "name"),
                    "length",
                    "the register holds names of at most " + MAX_NAME + " characters; the one it would take has "
                            + name.length());
        }
        String description = OoapiTranslation.plain(OoapiTranslation.chosen(object.get("description")));
        if (description.length() > MAX_DESCRIPTION) {
            violations.add(
                    Violations.path(path, "description"),
                    "length",
                    "the register holds descriptions of at most " + MAX_DESCRIPTION
                            + " characters (as plain text); the one it would take has " + description.length());
        }
        JsonNode load = object.path("studyLoad").get("value");
        if (load != null && load.isNumber()) {
            if (load.decimalValue().signum() < 0) {
                violations.add(Violations.path(path, "studyLoad.value"), "range", "must not be negative");
            } else if (load.decimalValue().compareTo(java.math.BigDecimal.valueOf(MAX_STUDY_LOAD)) > 0
                    || OoapiTranslation.studyLoad(object).value() > MAX_STUDY_LOAD) {
                violations.add(
                        Violations.path(path, "studyLoad.value"),
                        "range",
                        "the register holds a study load of at most " + MAX_STUDY_LOAD + " hours or EC");
            }
        }
        if (text(object, "fieldsOfStudy").contains(",")) {
            violations.add(
                    Violations.path(path, "fieldsOfStudy"), "format", "must be a field code (ISCED-F) without commas");
        }
    }

    private static @Nullable UUID education(OoapiKind kind, JsonNode object, String path, Violations violations) {
        String field = kind == OoapiKind.PROGRAM_OFFERING ? "program" : "course";
        JsonNode reference = object.get(field);
        if (reference == null || reference.isNull()) {
            violations.add(
                    Violations.path(path, field),
                    "required",
                    "the register needs the " + field + " this offering belongs to: its " + field + "Id, of a " + field
                            + " in this import or imported before");
            return null;
        }
        Shape.Reference shape =
                kind == OoapiKind.PROGRAM_OFFERING ? OoapiSchemas.PROGRAM_REFERENCE : OoapiSchemas.COURSE_REFERENCE;
        String id = shape.id(reference);
        return id == null ? null : UUID.fromString(id);
    }

    private static void prices(JsonNode offering, String path, Violations violations) {
        int index = 0;
        for (JsonNode cost : offering.path("priceInformation").values()) {
            String at = Violations.index(Violations.path(path, "priceInformation"), index++);
            if (has(cost, "currency") && !text(cost, "currency").equals("EUR")) {
                violations.add(
                        Violations.path(at, "currency"),
                        "unsupported",
                        "the register holds prices in euros (EUR) only");
            }
            Long amount = amount(cost, "amount", at, violations);
            Long vat = amount(cost, "vatAmount", at, violations);
            Long withoutVat = amount(cost, "amountWithoutVat", at, violations);
            if (amount != null && vat != null && vat > amount) {
                violations.add(Violations.path(at, "vatAmount"), "range", "must not be more than the amount");
            }
            if (amount != null && withoutVat != null && withoutVat > amount) {
                violations.add(Violations.path(at, "amountWithoutVat"), "range", "must not be more than the amount");
            }
        }
        JsonNode total = OoapiTranslation.cost(offering, "total costs");
        JsonNode eligible = OoapiTranslation.cost(offering, "STAP eligible");
        if (total != null && eligible != null) {
            Long totalAmount = parsed(text(total, "amount"));
            Long eligibleAmount = parsed(text(eligible, "amount"));
            if (totalAmount != null && eligibleAmount != null && eligibleAmount > totalAmount) {
                violations.add(
                        Violations.path(path, "priceInformation"),
                        "range",
                        "the 'STAP eligible' amount must not be more than the 'total costs' amount");
            }
        }
    }

    private static @Nullable Long amount(JsonNode cost, String field, String path, Violations violations) {
        if (!has(cost, field)) {
            return null;
        }
        Long cents = parsed(text(cost, field));
        if (cents == null) {
            violations.add(
                    Violations.path(path, field),
                    "format",
                    "must have at most two decimals and 17 digits before them: the register counts in euro cents");
        }
        return cents;
    }

    private static @Nullable Long parsed(String amount) {
        try {
            return Money.parse(amount).cents();
        } catch (IllegalArgumentException | ArithmeticException e) {
            return null;
        }
    }

    private static void cities(JsonNode object, String path, Violations violations) {
        int index = 0;
        for (JsonNode address : object.path("addresses").values()) {
            if (text(address, "city").strip().length() > MAX_CITY) {
                violations.add(
                        Violations.index(Violations.path(path, "addresses"), index) + ".city",
                        "length",
                        "the register holds place names of at most " + MAX_CITY + " characters");
            }
            index++;
        }
    }
}
