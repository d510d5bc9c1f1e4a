package nl.leerbudget.overview.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.leerbudget.overview.Financing;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.FieldViolation;
import nl.leerbudget.register.OfferingId;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Financing plans under {@code /api/v1}: read-only quotes for the citizen, or an adviser acting for one. */
@RestController
class FinancingPlanResource {

    private static final Set<String> PARAMETERS = Set.of("offeringId", "startDate");

    private final Financing financing;

    FinancingPlanResource(Financing financing) {
        this.financing = financing;
    }

    @GetMapping("/api/v1/financing-plans")
    FinancingPlanJson plan(@RequestParam MultiValueMap<String, String> parameters) {
        List<FieldViolation> violations = new ArrayList<>();
        for (String name : new TreeSet<>(parameters.keySet())) {
            if (!PARAMETERS.contains(name)) {
                violations.add(new FieldViolation(name, "unknown", "is not a parameter of this request"));
            }
        }
        String offeringText = single(parameters, "offeringId", violations);
        String startText = single(parameters, "startDate", violations);
        UUID offering = null;
        if (offeringText != null) {
            try {
                offering = UUID.fromString(offeringText);
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation("offeringId", "format", "must be a UUID"));
            }
        }
        LocalDate start = null;
        if (startText != null) {
            try {
                start = LocalDate.parse(startText);
            } catch (DateTimeParseException e) {
                violations.add(new FieldViolation("startDate", "format", "must be a date (yyyy-mm-dd)"));
            }
        }
        if (!violations.isEmpty() || offering == null || start == null) {
            throw ApiProblem.invalid(violations);
        }
        return switch (financing.plan(new OfferingId(offering), start)) {
            case Financing.Quote.Planned planned -> FinancingPlanJson.of(planned.plan());
            case Financing.Quote.UnknownOffering unknown -> throw ApiProblem.notFound("No offering " + offering);
            case Financing.Quote.NotAStartDate notStart ->
                throw ApiProblem.invalid(List.of(new FieldViolation(
                        "startDate", "enum", "must be one of the offering's start dates " + notStart.startDates())));
        };
    }

    /** One value of a required parameter; an empty value counts as absent, as an empty form field does. */
    private static @Nullable String single(
            MultiValueMap<String, String> parameters, String name, List<FieldViolation> violations) {
        List<String> values = parameters.getOrDefault(name, List.of()).stream()
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
        if (values.isEmpty()) {
            violations.add(new FieldViolation(name, "required", "is required"));
            return null;
        }
        if (values.size() > 1) {
            violations.add(new FieldViolation(name, "duplicate", "must be given once"));
            return null;
        }
        return values.getFirst();
    }
}
