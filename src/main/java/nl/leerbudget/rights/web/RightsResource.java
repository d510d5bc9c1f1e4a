package nl.leerbudget.rights.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.FieldViolation;
import nl.leerbudget.platform.web.RequestFields;
import nl.leerbudget.rights.BirthDates;
import nl.leerbudget.rights.EducationPeriod;
import nl.leerbudget.rights.EducationTrack;
import nl.leerbudget.rights.HistoryImport;
import nl.leerbudget.rights.Rights;
import nl.leerbudget.rights.UnknownPerson;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Learning rights and education histories under {@code /api/v1}. */
@RestController
class RightsResource {

    /** Lines in one imported file; the national batch takes whole populations. */
    static final int MAX_IMPORT_LINES = 10_000;

    private final Rights rights;
    private final Clock clock;

    RightsResource(Rights rights, Clock clock) {
        this.clock = clock;
        this.rights = rights;
    }

    @GetMapping("/api/v1/people/{personId}/learning-right")
    RightJson.Right learningRight(@PathVariable UUID personId) {
        return rights.of(new PersonId(personId))
                .map(personal -> RightJson.of(personal, rights))
                .orElseThrow(() -> ApiProblem.notFound("No learning right for person " + personId));
    }

    @GetMapping("/api/v1/people/{personId}/education-history")
    RightJson.History educationHistory(@PathVariable UUID personId) {
        return rights.historyOf(new PersonId(personId))
                .map(RightJson::of)
                .orElseThrow(() -> ApiProblem.notFound("No education history for person " + personId));
    }

    /** A new version of a person's history (the first, or a correction); the right follows in the same step. */
    @PutMapping("/api/v1/people/{personId}/education-history")
    RightJson.Right recordHistory(@PathVariable UUID personId, @RequestBody(required = false) @Nullable JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        LocalDate birthDate = fields.optionalDate("birthDate");
        if (birthDate == null && body != null && body.isObject()) {
            fields.violate("birthDate", "required", "is required");
        } else if (birthDate != null
                && BirthDates.problem(birthDate, LocalDate.ofInstant(clock.instant(), Ledger.ZONE)) != null) {
            fields.violate(
                    "birthDate",
                    "range",
                    "must be a date in the last " + BirthDates.OLDEST_AGE + " years, not in the future");
        }
        List<EducationPeriod> periods = new ArrayList<>();
        if (body != null && body.isObject() && !fields.has("periods")) {
            fields.violate("periods", "required", "is required (an empty list when there is no education)");
        }
        List<RequestFields> items = fields.objectList("periods");
        for (RequestFields item : items) {
            String track = item.text("track", 20);
            LocalDate start = item.optionalDate("start");
            LocalDate end = item.optionalDate("end");
            boolean funded = item.bool("publiclyFunded", true);
            boolean diploma = item.bool("diploma", false);
            if (start == null) {
                item.violate("start", "required", "is required");
            }
            if (end == null) {
                item.violate("end", "required", "is required");
            }
            item.close();
            var known = EducationTrack.ofCode(track);
            if (known.isEmpty()) {
                item.violate("track", "enum", "must be one of " + codes());
            } else if (start != null && end != null) {
                if (start.isBefore(EducationPeriod.EARLIEST)) {
                    item.violate("start", "range", "must be on or after " + EducationPeriod.EARLIEST);
                } else if (!end.isAfter(start)) {
                    item.violate("end", "range", "must be after start");
                } else if (birthDate != null && start.isBefore(birthDate)) {
                    item.violate("start", "range", "must not be before birthDate");
                } else {
                    periods.add(new EducationPeriod(known.get(), start, end, funded, diploma));
                }
            }
        }
        fields.validate();
        try {
            return RightJson.of(
                    rights.record(new PersonId(personId), java.util.Objects.requireNonNull(birthDate), periods),
                    rights);
        } catch (UnknownPerson unknown) {
            throw ApiProblem.notFound("No person with id " + personId + " is known");
        }
    }

    record Imported(int lines, int newPeople, int credited, int zero, int notEntitled, int corrected, String amount) {}

    /** A CSV file of histories (text/csv): all lines are checked first; one wrong line and nothing is imported. */
    @PostMapping(path = "/api/v1/education-histories", consumes = "text/csv")
    Imported importHistories(@RequestBody String csv) {
        return switch (rights.importCsv(csv, MAX_IMPORT_LINES)) {
            case HistoryImport.Imported imported ->
                new Imported(
                        imported.lines(),
                        imported.newPeople().people(),
                        imported.newPeople().credited(),
                        imported.newPeople().zero(),
                        imported.newPeople().notEntitled(),
                        imported.corrected(),
                        imported.newPeople().amount().toDecimalString());
            case HistoryImport.Refused refused ->
                throw ApiProblem.invalid(refused.errors().stream()
                        .map(e -> new FieldViolation("lines[" + e.line() + "]." + e.field(), "invalid", e.reason()))
                        .toList());
        };
    }

    private static String codes() {
        return String.join(
                ", ",
                java.util.Arrays.stream(EducationTrack.values())
                        .map(EducationTrack::code)
                        .toList());
    }
}
