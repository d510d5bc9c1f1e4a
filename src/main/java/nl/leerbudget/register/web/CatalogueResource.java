package nl.leerbudget.register.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.FieldViolation;
import nl.leerbudget.register.Catalogue;
import nl.leerbudget.register.CatalogueQuery;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.OfferingDetails.Modality;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public catalogue over REST: search with facets, open to everyone. */
@RestController
class CatalogueResource {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_TEXT = 200;

    private static final Set<String> PARAMETERS = Set.of(
            "q",
            "type",
            "level",
            "modality",
            "location",
            "minPrice",
            "maxPrice",
            "recognised",
            "skill",
            "page",
            "pageSize");

    private final Catalogue catalogue;

    CatalogueResource(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/catalogue")
    CatalogueJson.Page search(@RequestParam MultiValueMap<String, String> parameters) {
        return CatalogueJson.Page.of(catalogue.search(query(parameters)));
    }

    /** Reads every parameter, collecting every problem before refusing, so that one answer lists them all. */
    static CatalogueQuery query(MultiValueMap<String, String> parameters) {
        var reading = new Reading(parameters);
        for (String name : new TreeSet<>(parameters.keySet())) {
            if (!PARAMETERS.contains(name)) {
                reading.violations.add(new FieldViolation(name, "unknown", "is not a parameter of this request"));
            }
        }
        String text = reading.single("q", MAX_TEXT);
        Set<OfferingType> types = reading.enums("type", OfferingType.class);
        Set<Modality> modalities = reading.enums("modality", Modality.class);
        Set<Integer> levels = new LinkedHashSet<>();
        for (String value : reading.values("level")) {
            Integer level = reading.integer("level", value, 1, 8);
            if (level != null) {
                levels.add(level);
            }
        }
        String location = reading.single("location", 200);
        Long minPrice = reading.amount("minPrice");
        Long maxPrice = reading.amount("maxPrice");
        if (minPrice != null && maxPrice != null && maxPrice < minPrice) {
            reading.violations.add(new FieldViolation("maxPrice", "range", "must not be less than minPrice"));
        }
        Boolean recognised = null;
        String recognisedText = reading.single("recognised", 5);
        if (recognisedText != null) {
            if (recognisedText.equals("true") || recognisedText.equals("false")) {
                recognised = Boolean.valueOf(recognisedText);
            } else {
                reading.violations.add(new FieldViolation("recognised", "format", "must be true or false"));
            }
        }
        Set<String> skills = new LinkedHashSet<>();
        for (String skill : reading.values("skill")) {
            if (!OfferingDetails.ESCO_SKILL.matcher(skill).matches()) {
                reading.violations.add(new FieldViolation("skill", "format", "must be an ESCO skill URI"));
            } else {
                skills.add(skill);
            }
        }
        if (skills.size() > CatalogueQuery.MAX_SKILLS) {
            reading.violations.add(
                    new FieldViolation("skill", "range", "at most " + CatalogueQuery.MAX_SKILLS + " skills"));
        }
        Integer page = reading.optionalInteger("page", 1, CatalogueQuery.MAX_PAGE);
        Integer pageSize = reading.optionalInteger("pageSize", 1, CatalogueQuery.MAX_PAGE_SIZE);
        if (!reading.violations.isEmpty()) {
            throw ApiProblem.invalid(reading.violations);
        }
        return new CatalogueQuery(
                text == null ? "" : text,
                types,
                levels,
                modalities,
                location,
                minPrice,
                maxPrice,
                recognised,
                skills,
                page == null ? 1 : page,
                pageSize == null ? DEFAULT_PAGE_SIZE : pageSize);
    }

    /** Query parameters being read; an empty value counts as absent, as an empty field of an HTML form does. */
    private static final class Reading {

        final MultiValueMap<String, String> parameters;
        final List<FieldViolation> violations = new ArrayList<>();

        Reading(MultiValueMap<String, String> parameters) {
            this.parameters = parameters;
        }

        List<String> values(String name) {
            List<String> values = parameters.get(name);
            return values == null
                    ? List.of()
                    : values.stream()
                            .map(String::strip)
                            .filter(v -> !v.isEmpty())
                            .toList();
        }

        @Nullable
        String single(String name, int maxLength) {
            List<String> values = values(name);
            if (values.isEmpty()) {
                return null;
            }
            if (values.size() > 1) {
                violations.add(new FieldViolation(name, "duplicate", "may be given once"));
                return null;
            }
            if (values.getFirst().length() > maxLength) {
                violations.add(new FieldViolation(name, "length", "must be at most " + maxLength + " characters"));
                return null;
            }
            return values.getFirst();
        }

        <E extends Enum<E>> Set<E> enums(String name, Class<E> type) {
            Set<E> found = EnumSet.noneOf(type);
            for (String value : values(name)) {
                try {
                    found.add(Enum.valueOf(type, value));
                } catch (IllegalArgumentException e) {
                    violations.add(new FieldViolation(
                            name,
                            "enum",
                            "'" + value + "' is not one of "
                                    + EnumSet.allOf(type).toString()));
                }
            }
            return found;
        }

        @Nullable
        Integer optionalInteger(String name, int min, int max) {
            String value = single(name, 10);
            return value == null ? null : integer(name, value, min, max);
        }

        @Nullable
        Integer integer(String name, String value, int min, int max) {
            if (!value.matches("-?\\d{1,9}")) {
                violations.add(new FieldViolation(name, "format", "'" + value + "' is not a whole number"));
                return null;
            }
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                violations.add(new FieldViolation(name, "range", "must be between " + min + " and " + max));
                return null;
            }
            return number;
        }

        /** A price in euros as a decimal string, such as {@code "250"} or {@code "999.99"}; as cents. */
        @Nullable
        Long amount(String name) {
            String value = single(name, 20);
            if (value == null) {
                return null;
            }
            try {
                Money money = Money.parse(value);
                if (money.isNegative()) {
                    violations.add(new FieldViolation(name, "range", "must not be negative"));
                    return null;
                }
                return money.cents();
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation(
                        name, "format", "'" + value + "' is not an amount in euros such as \"250\" or \"999.99\""));
                return null;
            }
        }
    }
}
