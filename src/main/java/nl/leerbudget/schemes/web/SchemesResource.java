package nl.leerbudget.schemes.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.FieldViolation;
import nl.leerbudget.platform.web.RequestFields;
import nl.leerbudget.schemes.AllocationMethod;
import nl.leerbudget.schemes.ApplicantFacts;
import nl.leerbudget.schemes.ApplicationRequest;
import nl.leerbudget.schemes.Assessment;
import nl.leerbudget.schemes.EducationLevel;
import nl.leerbudget.schemes.LabourMarketPosition;
import nl.leerbudget.schemes.OpenWindow;
import nl.leerbudget.schemes.Scheme;
import nl.leerbudget.schemes.SchemeApplication;
import nl.leerbudget.schemes.SchemeDataException;
import nl.leerbudget.schemes.SchemeWindow;
import nl.leerbudget.schemes.Schemes;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Voucher schemes, application windows and applications under {@code /api/v1}. */
@RestController
class SchemesResource {

    /** Applicant facts in one request; the agency loads populations in such chunks. */
    static final int MAX_APPLICANTS = 10_000;

    private final Schemes schemes;
    private final Clock clock;

    SchemesResource(Schemes schemes, Clock clock) {
        this.schemes = schemes;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- schemes

    @GetMapping("/api/v1/schemes")
    List<SchemeJson.SchemeSummary> schemes() {
        return schemes.schemes().stream().map(SchemeJson::of).toList();
    }

    @GetMapping("/api/v1/schemes/{schemeId}/versions/{version}")
    SchemeJson.SchemeVersion scheme(@PathVariable String schemeId, @PathVariable int version) {
        Scheme scheme = schemes.scheme(schemeId, version)
                .orElseThrow(() -> ApiProblem.notFound("No version " + version + " of scheme " + schemeId));
        return new SchemeJson.SchemeVersion(
                SchemeJson.of(scheme), schemes.definition(schemeId, version).orElseThrow());
    }

    /** A scheme in its text form (text/plain): every problem of the text is listed with its line. */
    @PostMapping(path = "/api/v1/schemes", consumes = "text/plain")
    ResponseEntity<SchemeJson.SchemeSummary> define(@RequestBody String definition) {
        if (definition.length() > 8_000) {
            throw ApiProblem.invalid(List.of(new FieldViolation("body", "size", "has at most 8000 characters")));
        }
        Scheme scheme;
        try {
            scheme = schemes.define(definition);
        } catch (SchemeDataException e) {
            throw ApiProblem.invalid(e.problems().stream()
                    .map(problem -> new FieldViolation("body", "invalid", problem))
                    .toList());
        }
        return ResponseEntity.created(URI.create("/api/v1/schemes/" + scheme.id() + "/versions/" + scheme.version()))
                .body(SchemeJson.of(scheme));
    }

    // ---------------------------------------------------------------- applicants

    record Recorded(int applicants) {}

    /** What the basisregistraties say about people: {@code {"applicants": [{personId, birthDate, ...}]}}. */
    @PostMapping("/api/v1/applicant-facts")
    Recorded recordApplicants(@RequestBody(required = false) @Nullable JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        List<RequestFields> items = fields.objectList("applicants");
        if (items.size() > MAX_APPLICANTS) {
            fields.violate("applicants", "size", "has at most " + MAX_APPLICANTS + " items");
        }
        List<ApplicantFacts> facts = new ArrayList<>(items.size());
        for (RequestFields item : items) {
            UUID person = item.uuid("personId");
            LocalDate birthDate = item.optionalDate("birthDate");
            boolean tied = item.bool("labourMarketTie", false);
            EducationLevel level = item.enumValue("educationLevel", EducationLevel.class);
            String sector = item.optionalText("sector", 64);
            Set<LabourMarketPosition> positions = EnumSet.noneOf(LabourMarketPosition.class);
            for (String code : item.textList("positions")) {
                try {
                    LabourMarketPosition position = LabourMarketPosition.ofCode(code);
                    if (position == LabourMarketPosition.BENEFIT_RECIPIENT) {
                        item.violate(
                                "positions",
                                "enum",
                                "benefit-recipient comes from the benefit facts (POST /api/v1/benefit-facts)");
                    } else {
                        positions.add(position);
                    }
                } catch (IllegalArgumentException e) {
                    item.violate("positions", "enum", "must be employed, self-employed or job-seeker");
                }
            }
            boolean literacy = item.bool("literacyProgramme", false);
            if (birthDate == null && !item.has("birthDate")) {
                item.violate("birthDate", "required", "is required");
            }
            item.close();
            if (item.isValid() && birthDate != null) {
                facts.add(
                        new ApplicantFacts(new PersonId(person), birthDate, tied, level, sector, positions, literacy));
            }
        }
        fields.close();
        fields.validate();
        schemes.recordApplicants(facts);
        return new Recorded(facts.size());
    }

    // ---------------------------------------------------------------- windows

    @GetMapping("/api/v1/scheme-windows")
    List<SchemeJson.Window> windows() {
        return schemes.windows().stream().map(SchemeJson::of).toList();
    }

    @GetMapping("/api/v1/scheme-windows/{windowId}")
    SchemeJson.Window window(@PathVariable UUID windowId) {
        return schemes.window(windowId)
                .map(SchemeJson::of)
                .orElseThrow(() -> ApiProblem.notFound("No window " + windowId));
    }

    @PostMapping("/api/v1/scheme-windows")
    ResponseEntity<SchemeJson.Window> open(@RequestBody(required = false) @Nullable JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        String schemeId = fields.text("schemeId", 64);
        String code = fields.text("code", 24);
        String name = fields.text("name", 200);
        Instant opensAt = instant(fields, "opensAt");
        Instant closesAt = instant(fields, "closesAt");
        Money budget = fields.amount("budget");
        AllocationMethod allocation = fields.enumValue("allocation", AllocationMethod.class);
        Long seed = fields.optionalInteger("seed", Long.MIN_VALUE, Long.MAX_VALUE);
        UUID funder = fields.uuid("funderAccountId");
        List<OpenWindow.TargetGroup> groups = new ArrayList<>();
        for (RequestFields item : fields.objectList("targetGroups")) {
            String group = item.text("group", 40);
            EducationLevel level = item.optionalEnum("upToLevel", EducationLevel.class);
            Money reserved = item.amount("reserved");
            item.close();
            if (item.isValid()) {
                if (!group.matches("[a-z][a-z0-9-]{0,39}") || group.equals("general")) {
                    item.violate("group", "pattern", "is lower-case letters, digits and '-', and not 'general'");
                } else if (!reserved.isPositive()) {
                    item.violate("reserved", "range", "must be positive");
                } else {
                    groups.add(new OpenWindow.TargetGroup(group, level, reserved));
                }
            }
        }
        fields.close();
        if (fields.isValid()) {
            if (!code.matches("[A-Z0-9][A-Z0-9-]{0,23}")) {
                fields.violate("code", "pattern", "is 1-24 capitals, digits and '-'");
            }
            if (closesAt != null && opensAt != null && !closesAt.isAfter(opensAt)) {
                fields.violate("closesAt", "range", "must be after opensAt");
            }
            if (!budget.isPositive()) {
                fields.violate("budget", "range", "must be positive");
            }
            Money reserved =
                    groups.stream().map(OpenWindow.TargetGroup::reserved).reduce(Money.ZERO, Money::plus);
            if (reserved.compareTo(budget) > 0) {
                fields.violate("targetGroups", "range", "reserve together at most the budget");
            }
            if (groups.stream().map(OpenWindow.TargetGroup::group).distinct().count() < groups.size()) {
                fields.violate("targetGroups", "unique", "name each group once");
            }
            if (seed != null && allocation != AllocationMethod.LOTTERY) {
                fields.violate("seed", "forbidden", "is only for a lottery");
            }
        }
        fields.validate();
        SchemeWindow window = schemes.open(new OpenWindow(
                schemeId,
                code,
                name,
                java.util.Objects.requireNonNull(opensAt),
                java.util.Objects.requireNonNull(closesAt),
                budget,
                groups,
                allocation,
                seed,
                funder));
        return ResponseEntity.created(URI.create("/api/v1/scheme-windows/" + window.id()))
                .body(SchemeJson.of(window));
    }

    /** Closes the window now and settles it: a lottery is drawn, a first-come waiting list offered what is left. */
    @PostMapping("/api/v1/scheme-windows/{windowId}/closing")
    SchemeJson.Window close(@PathVariable UUID windowId) {
        return SchemeJson.of(schemes.close(windowId));
    }

    // ---------------------------------------------------------------- citizens

    /** "Would I qualify?": every failing rule, nothing written. */
    @PostMapping("/api/v1/scheme-windows/{windowId}/eligibility-checks")
    SchemeJson.Check check(@PathVariable UUID windowId, @RequestBody(required = false) @Nullable JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        UUID offering = fields.uuid("offeringId");
        fields.close();
        fields.validate();
        Assessment assessment = schemes.check(windowId, offering);
        return SchemeJson.of(assessment);
    }

    @PostMapping("/api/v1/scheme-windows/{windowId}/applications")
    ResponseEntity<SchemeJson.ApplicationJson> apply(
            @PathVariable UUID windowId, @RequestBody(required = false) @Nullable JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        UUID requestId = fields.uuid("requestId");
        UUID offering = fields.uuid("offeringId");
        LocalDate plannedStart = fields.optionalDate("plannedStart");
        if (plannedStart == null && !fields.has("plannedStart")) {
            fields.violate("plannedStart", "required", "is required");
        }
        fields.close();
        fields.validate();
        SchemeApplication application = schemes.apply(
                windowId, new ApplicationRequest(requestId, offering, java.util.Objects.requireNonNull(plannedStart)));
        SchemeJson.ApplicationJson json = SchemeJson.of(application);
        return application.replayed()
                ? ResponseEntity.ok(json)
                : ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/api/v1/scheme-applications/" + application.id()))
                        .body(json);
    }

    @GetMapping("/api/v1/scheme-applications")
    List<SchemeJson.ApplicationJson> mine() {
        return schemes.mine().stream().map(SchemeJson::of).toList();
    }

    @GetMapping("/api/v1/scheme-applications/{applicationId}")
    SchemeJson.ApplicationJson application(@PathVariable UUID applicationId) {
        return schemes.application(applicationId)
                .map(SchemeJson::of)
                .orElseThrow(() -> ApiProblem.notFound("No application " + applicationId));
    }

    // ---------------------------------------------------------------- after the decision

    /** The provider confirms that the person started: the grant is settled to the provider. */
    @PostMapping("/api/v1/scheme-applications/{applicationId}/start-confirmations")
    ResponseEntity<SchemeJson.ApplicationJson> confirmStart(
            @PathVariable UUID applicationId, @RequestBody(required = false) @Nullable JsonNode body) {
        requireProvider(applicationId);
        RequestFields fields = RequestFields.of(body);
        UUID requestId = fields.uuid("requestId");
        LocalDate startedOn = fields.optionalDate("startedOn");
        if (startedOn == null && !fields.has("startedOn")) {
            fields.violate("startedOn", "required", "is required");
        }
        fields.close();
        if (startedOn != null && startedOn.isAfter(LocalDate.now(clock.withZone(Ledger.ZONE)))) {
            fields.violate("startedOn", "range", "must not be in the future");
        }
        fields.validate();
        return changed(
                schemes.confirmStart(applicationId, requestId, java.util.Objects.requireNonNull(startedOn)),
                applicationId);
    }

    /** The provider withdraws a confirmed start that was not paid yet: the settlement is reversed. */
    @PostMapping("/api/v1/scheme-applications/{applicationId}/start-cancellations")
    ResponseEntity<SchemeJson.ApplicationJson> cancelStart(
            @PathVariable UUID applicationId, @RequestBody(required = false) @Nullable JsonNode body) {
        requireProvider(applicationId);
        UUID requestId = requestId(body);
        return changed(schemes.cancelStart(applicationId, requestId), applicationId);
    }

    /** Decided before the body is read: another provider learns nothing about what is wrong with it. */
    private void requireProvider(UUID applicationId) {
        if (!schemes.mayActAsProvider(applicationId)) {
            throw ApiProblem.notFound("No application " + applicationId);
        }
    }

    /** The person withdraws a grant that has not started; the money goes to the waiting list. */
    @PostMapping("/api/v1/scheme-applications/{applicationId}/withdrawals")
    ResponseEntity<SchemeJson.ApplicationJson> withdraw(
            @PathVariable UUID applicationId, @RequestBody(required = false) @Nullable JsonNode body) {
        UUID requestId = requestId(body);
        return changed(schemes.withdraw(applicationId, requestId), applicationId);
    }

    private static UUID requestId(@Nullable JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        UUID requestId = fields.uuid("requestId");
        fields.close();
        fields.validate();
        return requestId;
    }

    private static ResponseEntity<SchemeJson.ApplicationJson> changed(
            java.util.Optional<SchemeApplication> application, UUID applicationId) {
        SchemeApplication found = application.orElseThrow(() -> ApiProblem.notFound("No application " + applicationId));
        SchemeJson.ApplicationJson json = SchemeJson.of(found);
        return found.replayed()
                ? ResponseEntity.ok(json)
                : ResponseEntity.status(HttpStatus.CREATED).body(json);
    }

    /** Revokes the grants whose lapse date has come by {@code day} (default today); not a day in the future. */
    @PostMapping("/api/v1/scheme-lapse-runs")
    SchemeJson.LapseRun lapse(@RequestBody(required = false) @Nullable JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        LocalDate day = fields.optionalDate("day");
        fields.close();
        LocalDate today = LocalDate.now(clock.withZone(Ledger.ZONE));
        if (day != null && day.isAfter(today)) {
            fields.violate("day", "range", "must not be in the future");
        }
        fields.validate();
        return SchemeJson.of(schemes.lapse(day != null ? day : today));
    }

    private static @Nullable Instant instant(RequestFields fields, String field) {
        String text = fields.optionalText(field, 40);
        if (text == null) {
            if (!fields.has(field)) {
                fields.violate(field, "required", "is required");
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            fields.violate(field, "format", "must be a date and time with offset (RFC 3339)");
            return null;
        }
    }
}
