package nl.leerbudget.funding.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.funding.CoFinancingLimits;
import nl.leerbudget.funding.DepositTerms;
import nl.leerbudget.funding.DepositUpload;
import nl.leerbudget.funding.FileProblem;
import nl.leerbudget.funding.FunderDeposits;
import nl.leerbudget.funding.FunderRelations;
import nl.leerbudget.funding.FunderReports;
import nl.leerbudget.funding.FundingRule;
import nl.leerbudget.funding.PeriodicDeposit;
import nl.leerbudget.funding.PeriodicDeposits;
import nl.leerbudget.funding.Relation;
import nl.leerbudget.funding.RelationEndRule;
import nl.leerbudget.funding.RelationKind;
import nl.leerbudget.funding.UsageReport;
import nl.leerbudget.funding.domain.PersonKey;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.FieldViolation;
import nl.leerbudget.platform.web.Paging;
import nl.leerbudget.platform.web.RequestFields;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * The funder portal's API: what the pages do, for a funder's own systems. Every route names the funder's account;
 * another funder's account is absent ({@code 404}), whatever the request holds.
 */
@RestController
class FundingResource {

    private final FunderDeposits deposits;
    private final FunderRelations relations;
    private final PeriodicDeposits periodic;
    private final CoFinancingLimits limits;
    private final FunderReports reports;
    private final Actors actors;

    FundingResource(
            FunderDeposits deposits,
            FunderRelations relations,
            PeriodicDeposits periodic,
            CoFinancingLimits limits,
            FunderReports reports,
            Actors actors) {
        this.deposits = deposits;
        this.relations = relations;
        this.periodic = periodic;
        this.limits = limits;
        this.reports = reports;
        this.actors = actors;
    }

    record ProblemJson(int line, String ruleId, String reason) {
        static ProblemJson of(FileProblem p) {
            return new ProblemJson(p.line(), p.rule().id(), p.text());
        }
    }

    record DepositFileJson(
            UUID id,
            String fileName,
            int lines,
            String total,
            List<ProblemJson> problems,
            Instant createdAt,
            @Nullable Instant depositedAt,
            @Nullable Instant sameFileDepositedAt) {
        static DepositFileJson of(DepositUpload u) {
            return new DepositFileJson(
                    u.id(),
                    u.fileName(),
                    u.lines(),
                    u.total().toDecimalString(),
                    u.problems().stream().map(ProblemJson::of).toList(),
                    u.createdAt(),
                    u.depositedAt(),
                    u.sameFileDepositedAt());
        }
    }

    record DepositJson(int people, String total, boolean replayed) {}

    record RelationJson(
            UUID id,
            UUID personId,
            String kind,
            LocalDate start,
            @Nullable LocalDate end) {
        static RelationJson of(Relation r) {
            return new RelationJson(r.id(), r.person().value(), r.kind().name(), r.start(), r.end());
        }
    }

    record RelationsKeptJson(int relations, int added, int updated) {}

    record PeriodicJson(
            UUID id,
            String label,
            String amount,
            String relationKind,
            String day,
            int firstYear,
            @Nullable Integer validMonths,
            List<String> offeringTypes,
            boolean recognisedOnly,
            List<String> sectors,
            List<Integer> levels,
            List<String> occupations,
            List<String> providers,
            String expiryRule,
            String onRelationEnd) {
        static PeriodicJson of(PeriodicDeposit p) {
            return new PeriodicJson(
                    p.id(),
                    p.label(),
                    p.amount().toDecimalString(),
                    p.kind().name(),
                    p.day().toString().substring(2),
                    p.firstYear(),
                    p.validMonths(),
                    p.conditions().offeringTypes().stream()
                            .map(Enum::name)
                            .sorted()
                            .toList(),
                    p.conditions().recognisedOnly(),
                    p.conditions().sectors().stream().sorted().toList(),
                    p.conditions().levels().stream().sorted().toList(),
                    p.conditions().occupations().stream().sorted().toList(),
                    p.conditions().providers().stream().sorted().toList(),
                    p.expiryRule().name(),
                    p.onRelationEnd().name());
        }
    }

    record CofinancingRuleJson(@Nullable String limit) {}

    record UsageJson(
            String deposited,
            long compartments,
            String available,
            String held,
            String spent,
            String returned,
            String lapsed,
            String reversed,
            List<YearJson> years,
            List<ShareJson> spentByProvider,
            List<ShareJson> spentByOfferingType) {

        record YearJson(int year, String deposited, String spent, String returned, String lapsed, String reversed) {}

        record ShareJson(String name, String spent) {}

        static UsageJson of(UsageReport r) {
            var t = r.totals();
            return new UsageJson(
                    Money.cents(t.deposited()).toDecimalString(),
                    t.compartments(),
                    Money.cents(t.available()).toDecimalString(),
                    Money.cents(t.held()).toDecimalString(),
                    Money.cents(t.spent()).toDecimalString(),
                    Money.cents(t.returned()).toDecimalString(),
                    Money.cents(t.lapsed()).toDecimalString(),
                    Money.cents(t.reversed()).toDecimalString(),
                    r.years().stream()
                            .map(y -> new YearJson(
                                    y.year(),
                                    y.deposited().toDecimalString(),
                                    y.spent().toDecimalString(),
                                    y.returned().toDecimalString(),
                                    y.lapsed().toDecimalString(),
                                    y.reversed().toDecimalString()))
                            .toList(),
                    r.byProvider().stream()
                            .map(s -> new ShareJson(s.name(), s.spent().toDecimalString()))
                            .toList(),
                    r.byType().stream()
                            .map(s -> new ShareJson(s.name(), s.spent().toDecimalString()))
                            .toList());
        }
    }

    @PostMapping(path = "/api/v1/funders/{funderId}/deposit-files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DepositFileJson> upload(
            @PathVariable UUID funderId,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String label,
            @RequestParam(required = false) @Nullable String offeringTypes,
            @RequestParam(required = false) @Nullable String recognisedOnly,
            @RequestParam(required = false) @Nullable String sectors,
            @RequestParam(required = false) @Nullable String levels,
            @RequestParam(required = false) @Nullable String occupations,
            @RequestParam(required = false) @Nullable String providers,
            @RequestParam(required = false) @Nullable String validFrom,
            @RequestParam(required = false) @Nullable String validUntil,
            @RequestParam(required = false) @Nullable String expiryRule,
            @RequestParam(required = false) @Nullable String onRelationEnd)
            throws IOException {
        requireOwn(funderId);
        DepositTerms terms = terms(
                label,
                offeringTypes,
                recognisedOnly,
                sectors,
                new LaterConditions(levels, occupations, providers),
                validFrom,
                validUntil,
                expiryRule,
                onRelationEnd);
        String name = file.getOriginalFilename();
        DepositUpload upload = deposits.preview(name == null ? "" : name, file.getBytes(), terms);
        return ResponseEntity.status(HttpStatus.CREATED).body(DepositFileJson.of(upload));
    }

    @PostMapping("/api/v1/funders/{funderId}/deposit-files/{fileId}/confirmation")
    ResponseEntity<DepositJson> confirm(@PathVariable UUID funderId, @PathVariable UUID fileId) {
        requireOwn(funderId);
        return switch (deposits.confirm(fileId)) {
            case FunderDeposits.Outcome.Deposited d ->
                ResponseEntity.status(d.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                        .body(new DepositJson(d.people(), d.total().toDecimalString(), d.replayed()));
            case FunderDeposits.Outcome.Refused r -> throw refused(r.rule(), r.problems());
            case FunderDeposits.Outcome.NotFound n -> throw ApiProblem.notFound("No deposit file with id " + fileId);
        };
    }

    @GetMapping("/api/v1/funders/{funderId}/relations")
    Paging.Body<RelationJson> relations(
            @PathVariable UUID funderId,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int pageSize) {
        requireOwn(funderId);
        Paging.check(page, pageSize);
        return Paging.body(relations.mine(page, pageSize), RelationJson::of);
    }

    @PostMapping("/api/v1/funders/{funderId}/relations")
    RelationsKeptJson keepRelations(
            @PathVariable UUID funderId, @RequestBody(required = false) @Nullable JsonNode body) {
        requireOwn(funderId);
        RequestFields fields = RequestFields.of(body);
        List<FunderRelations.RelationInput> inputs = new ArrayList<>();
        if (!fields.has("relations")) {
            fields.violate("relations", "required", "is required");
        }
        List<RequestFields> items = fields.objectList("relations");
        for (RequestFields item : items) {
            UUID person = item.optionalUuid("personId");
            String bsn = item.optionalText("bsn", 9);
            if ((person == null) == (bsn == null)) {
                item.violate("personId", "required", "give exactly one of personId and bsn");
            }
            RelationKind kind = item.enumValue("kind", RelationKind.class);
            LocalDate start = item.optionalDate("start");
            if (start == null) {
                item.violate("start", "required", "is required");
            }
            LocalDate end = item.optionalDate("end");
            item.close();
            if (item.isValid() && start != null) {
                inputs.add(new FunderRelations.RelationInput(
                        person != null
                                ? PersonKey.person(new PersonId(person))
                                : PersonKey.bsn(java.util.Objects.requireNonNull(bsn)),
                        kind,
                        start,
                        end));
            }
        }
        if (items.size() > 10_000) {
            fields.violate("relations", "size", "at most 10000 relations per request; send a file for more");
        }
        fields.close();
        fields.validate();
        FunderRelations.Upload kept = relations.keep(inputs);
        if (!kept.problems().isEmpty()) {
            throw refused(kept.problems().getFirst().rule(), kept.problems());
        }
        return new RelationsKeptJson(kept.lines(), kept.added(), kept.updated());
    }

    @GetMapping("/api/v1/funders/{funderId}/usage-report")
    UsageJson usage(@PathVariable UUID funderId) {
        requireOwn(funderId);
        return reports.mine()
                .map(UsageJson::of)
                .orElseThrow(() -> ApiProblem.notFound("No account for funder " + funderId));
    }

    @GetMapping("/api/v1/funders/{funderId}/periodic-deposits")
    List<PeriodicJson> plans(@PathVariable UUID funderId) {
        requireOwn(funderId);
        return periodic.mine().stream().map(PeriodicJson::of).toList();
    }

    @PostMapping("/api/v1/funders/{funderId}/periodic-deposits")
    ResponseEntity<PeriodicJson> addPlan(
            @PathVariable UUID funderId, @RequestBody(required = false) @Nullable JsonNode body) {
        requireOwn(funderId);
        RequestFields fields = RequestFields.of(body);
        UUID requestId = fields.uuid("requestId");
        String label = fields.text("label", 200);
        Money amount = fields.amount("amount");
        RelationKind kind = fields.enumValue("relationKind", RelationKind.class);
        LocalDate first = fields.optionalDate("firstDay");
        if (first == null) {
            fields.violate("firstDay", "required", "is required");
        } else if (first.getDayOfMonth() > 28 || first.getYear() < 2000 || first.getYear() > 2200) {
            fields.violate("firstDay", "range", "a day from the 1st to the 28th, in a year from 2000 to 2200");
        }
        Long months = fields.optionalInteger("validMonths", 1, 600);
        Set<OfferingType> types = fields.enumSet("offeringTypes", OfferingType.class);
        boolean recognised = fields.bool("recognisedOnly", false);
        List<String> sectors = fields.textList("sectors");
        List<Integer> levels = fields.integerList("levels", 1, 8);
        List<String> occupations = fields.textList("occupations");
        List<String> providers = fields.textList("providers");
        ExpiryRule rule = fields.optionalEnum("expiryRule", ExpiryRule.class);
        RelationEndRule relationEnd = fields.optionalEnum("onRelationEnd", RelationEndRule.class);
        Set<Integer> levelCodes = Set.copyOf(levels);
        Set<String> occupationCodes = ConditionCodes.occupations(String.join(",", occupations))
                .orElseGet(() -> {
                    fields.violate("occupations", "format", "ISCO-08 codes of 1 to 4 digits");
                    return Set.of();
                });
        Set<String> providerCodes = ConditionCodes.providers(String.join(",", providers))
                .orElseGet(() -> {
                    fields.violate("providers", "format", "KvK numbers of 8 digits");
                    return Set.of();
                });
        if (!amount.isPositive()) {
            fields.violate("amount", "range", "must be greater than zero");
        }
        CompartmentConditions conditions = null;
        try {
            conditions = new CompartmentConditions(
                    types, recognised, null, Set.copyOf(sectors), levelCodes, occupationCodes, providerCodes);
        } catch (IllegalArgumentException e) {
            fields.violate("sectors", "format", "codes of 1-64 letters, digits, '.', '_' or '-'");
        }
        fields.close();
        fields.validate();
        var before = periodic.mine().stream().map(PeriodicDeposit::id).toList();
        PeriodicDeposit plan = periodic.create(
                requestId,
                label,
                amount,
                kind,
                MonthDay.from(java.util.Objects.requireNonNull(first)),
                first.getYear(),
                months == null ? null : months.intValue(),
                java.util.Objects.requireNonNull(conditions),
                rule == null ? ExpiryRule.RETURN_TO_FUNDER : rule,
                relationEnd == null ? RelationEndRule.PERSON_KEEPS : relationEnd);
        return ResponseEntity.status(before.contains(plan.id()) ? HttpStatus.OK : HttpStatus.CREATED)
                .body(PeriodicJson.of(plan));
    }

    @PutMapping("/api/v1/funders/{funderId}/cofinancing-rule")
    CofinancingRuleJson setRule(@PathVariable UUID funderId, @RequestBody(required = false) @Nullable JsonNode body) {
        requireOwn(funderId);
        RequestFields fields = RequestFields.of(body);
        Money limit = fields.optionalAmountOrZero("limit");
        fields.close();
        fields.validate();
        limits.set(limit);
        return new CofinancingRuleJson(limits.mine().map(Money::toDecimalString).orElse(null));
    }

    private void requireOwn(UUID funderId) {
        if (!funderId.equals(actors.current().organisation())) {
            actors.refuse("funder", funderId.toString());
            throw ApiProblem.notFound("No funder with id " + funderId);
        }
    }

    /** The conditions on level, occupation and provider as given in request parameters: codes separated by ','. */
    private record LaterConditions(
            @Nullable String levels,
            @Nullable String occupations,
            @Nullable String providers) {}

    private static DepositTerms terms(
            @Nullable String label,
            @Nullable String offeringTypes,
            @Nullable String recognisedOnly,
            @Nullable String sectors,
            LaterConditions later,
            @Nullable String validFrom,
            @Nullable String validUntil,
            @Nullable String expiryRule,
            @Nullable String onRelationEnd) {
        List<FieldViolation> violations = new ArrayList<>();
        if (label == null || label.isBlank() || label.strip().length() > 200) {
            violations.add(new FieldViolation("label", "required", "1 to 200 characters"));
        }
        Set<OfferingType> types = EnumSet.noneOf(OfferingType.class);
        if (offeringTypes != null && !offeringTypes.isBlank()) {
            for (String t : offeringTypes.split(",")) {
                try {
                    types.add(OfferingType.valueOf(t.strip()));
                } catch (IllegalArgumentException e) {
                    violations.add(new FieldViolation("offeringTypes", "format", "offering types separated by ','"));
                }
            }
        }
        if (recognisedOnly != null && !recognisedOnly.equals("true") && !recognisedOnly.equals("false")) {
            violations.add(new FieldViolation("recognisedOnly", "format", "true or false"));
        }
        Set<String> sectorCodes = new java.util.TreeSet<>();
        if (sectors != null && !sectors.isBlank()) {
            for (String s : sectors.split(",")) {
                sectorCodes.add(s.strip());
            }
        }
        Set<Integer> levelCodes = ConditionCodes.levels(later.levels() == null ? null : List.of(later.levels()))
                .orElseGet(() -> {
                    violations.add(new FieldViolation("levels", "format", "NLQF levels 1 to 8 separated by ','"));
                    return Set.of();
                });
        Set<String> occupationCodes = ConditionCodes.occupations(later.occupations())
                .orElseGet(() -> {
                    violations.add(new FieldViolation(
                            "occupations", "format", "ISCO-08 codes of 1 to 4 digits separated by ','"));
                    return Set.of();
                });
        Set<String> providerCodes = ConditionCodes.providers(later.providers()).orElseGet(() -> {
            violations.add(new FieldViolation("providers", "format", "KvK numbers of 8 digits separated by ','"));
            return Set.of();
        });
        LocalDate from = date("validFrom", validFrom, violations);
        LocalDate until = date("validUntil", validUntil, violations);
        if (from != null && until != null && until.isBefore(from)) {
            violations.add(new FieldViolation("validUntil", "range", "must not be before validFrom"));
        }
        ExpiryRule rule = ExpiryRule.RETURN_TO_FUNDER;
        if (expiryRule != null && !expiryRule.isBlank()) {
            try {
                rule = ExpiryRule.valueOf(expiryRule);
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation("expiryRule", "format", "RETURN_TO_FUNDER or LAPSE_TO_STATE"));
            }
        }
        RelationEndRule relationEnd = RelationEndRule.PERSON_KEEPS;
        if (onRelationEnd != null && !onRelationEnd.isBlank()) {
            try {
                relationEnd = RelationEndRule.valueOf(onRelationEnd);
            } catch (IllegalArgumentException e) {
                violations.add(
                        new FieldViolation("onRelationEnd", "format", "PERSON_KEEPS, RETURN_TO_FUNDER or TO_STATE"));
            }
        }
        CompartmentConditions conditions = null;
        try {
            conditions = new CompartmentConditions(
                    types,
                    "true".equals(recognisedOnly),
                    null,
                    sectorCodes,
                    levelCodes,
                    occupationCodes,
                    providerCodes);
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation("sectors", "format", "codes of 1-64 letters, digits, '.', '_' or '-'"));
        }
        if (!violations.isEmpty() || conditions == null || label == null) {
            throw ApiProblem.invalid(violations);
        }
        return new DepositTerms(label.strip(), conditions, from, until, rule, relationEnd);
    }

    private static @Nullable LocalDate date(String field, @Nullable String text, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            violations.add(new FieldViolation(field, "format", "a date as yyyy-mm-dd"));
            return null;
        }
    }

    private static ApiProblem refused(FundingRule rule, List<FileProblem> problems) {
        return ApiProblem.rejected(
                rule.id(),
                rule.name(),
                "Refused: " + rule.name(),
                Map.of(
                        "reason",
                        rule.reason(),
                        "problems",
                        problems.stream().map(ProblemJson::of).toList()));
    }
}
