package nl.leerbudget.register.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.FieldViolation;
import nl.leerbudget.platform.web.RequestFields;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.ProviderStatus;
import nl.leerbudget.register.QualityMark;
import nl.leerbudget.register.Register;
import nl.leerbudget.register.RegisterProvider;
import nl.leerbudget.register.domain.Kvk;
import nl.leerbudget.shared.Iban;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Providers, offerings, the review queue and reviewers' decisions over REST. */
@RestController
class RegisterResource {

    private final Register register;

    RegisterResource(Register register) {
        this.register = register;
    }

    @PostMapping("/api/v1/providers")
    ResponseEntity<RegisterJson.Provider> registerProvider(@RequestBody JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        UUID id = fields.uuid("id");
        String kvk = fields.text("kvk", 8);
        String name = fields.text("name", 200);
        String iban = fields.text("iban", 42);
        List<QualityMark> marks = qualityMarks(fields);
        if (fields.isValid() && !Kvk.isValid(kvk)) {
            fields.violate("kvk", "format", "must be eight digits");
        }
        if (!iban.isEmpty() && !Iban.isValid(iban)) {
            fields.violate("iban", "format", "is not a valid IBAN (ISO 13616 check digits)");
        }
        fields.validate();
        var provider = register.registerProvider(new RegisterProvider(new ProviderId(id), kvk, name, iban, marks));
        return ResponseEntity.status(HttpStatus.CREATED).body(RegisterJson.Provider.of(provider));
    }

    @GetMapping("/api/v1/providers/{providerId}")
    RegisterJson.Provider provider(@PathVariable UUID providerId) {
        return register.provider(new ProviderId(providerId))
                .map(RegisterJson.Provider::of)
                .orElseThrow(() -> ApiProblem.notFound("No provider with id " + providerId));
    }

    /** A reviewer admits, suspends or excludes a provider, with a reason the provider sees. */
    @PostMapping("/api/v1/providers/{providerId}/status-decisions")
    RegisterJson.Provider decideProvider(@PathVariable UUID providerId, @RequestBody JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        ProviderStatus status = fields.enumValue("status", ProviderStatus.class);
        String reason = fields.text("reason", 1000);
        fields.validate();
        return RegisterJson.Provider.of(register.decideProvider(new ProviderId(providerId), status, reason));
    }

    @PostMapping("/api/v1/providers/{providerId}/offerings")
    ResponseEntity<RegisterJson.Offering> submit(@PathVariable UUID providerId, @RequestBody JsonNode body) {
        // Decided before the body is read: another provider learns nothing about what is wrong with it.
        register.requireManages(new ProviderId(providerId));
        OfferingDetails details = details(body);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(RegisterJson.Offering.of(register.submitOffering(new ProviderId(providerId), details)));
    }

    @GetMapping("/api/v1/offerings/{offeringId}")
    RegisterJson.Offering offering(@PathVariable UUID offeringId) {
        return register.offering(new OfferingId(offeringId))
                .map(RegisterJson.Offering::of)
                .orElseThrow(() -> ApiProblem.notFound("No offering with id " + offeringId));
    }

    /** A new version of an offering: checked again and reviewed again. */
    @PutMapping("/api/v1/offerings/{offeringId}")
    RegisterJson.Offering revise(@PathVariable UUID offeringId, @RequestBody JsonNode body) {
        var offering = register.offering(new OfferingId(offeringId))
                .orElseThrow(() -> ApiProblem.notFound("No offering with id " + offeringId));
        register.requireManages(offering.provider());
        OfferingDetails details = details(body);
        return RegisterJson.Offering.of(register.reviseOffering(new OfferingId(offeringId), details));
    }

    @GetMapping("/api/v1/offerings/{offeringId}/versions/{version}")
    RegisterJson.Details version(@PathVariable UUID offeringId, @PathVariable int version) {
        return register.offeringVersion(new OfferingId(offeringId), version)
                .map(RegisterJson.Details::of)
                .orElseThrow(() -> ApiProblem.notFound("No version " + version + " of offering " + offeringId));
    }

    @GetMapping("/api/v1/review-queue")
    Map<String, List<RegisterJson.Offering>> reviewQueue(@RequestParam(defaultValue = "50") int pageSize) {
        if (pageSize < 1 || pageSize > 100) {
            throw ApiProblem.invalid(List.of(new FieldViolation("pageSize", "range", "must be between 1 and 100")));
        }
        return Map.of(
                "items",
                register.reviewQueue(pageSize).stream()
                        .map(RegisterJson.Offering::of)
                        .toList());
    }

    @PostMapping("/api/v1/offerings/{offeringId}/decisions")
    RegisterJson.Offering decide(@PathVariable UUID offeringId, @RequestBody JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        Decision decision = fields.enumValue("decision", Decision.class);
        String reason = fields.text("reason", 1000);
        fields.validate();
        return RegisterJson.Offering.of(
                register.decideOffering(new OfferingId(offeringId), decision == Decision.ADMIT, reason));
    }

    enum Decision {
        ADMIT,
        REJECT
    }

    private static List<QualityMark> qualityMarks(RequestFields fields) {
        List<QualityMark> marks = new ArrayList<>();
        List<RequestFields> items = fields.objectList("qualityMarks");
        for (RequestFields item : items) {
            QualityMark.Scheme scheme = item.enumValue("scheme", QualityMark.Scheme.class);
            String code = item.optionalText("code", 64);
            LocalDate from = item.optionalDate("validFrom");
            LocalDate until = item.optionalDate("validUntil");
            if (from == null) {
                item.violate("validFrom", "required", "is required");
            }
            if (until == null) {
                item.violate("validUntil", "required", "is required");
            }
            item.close();
            if (from != null && until != null) {
                if (until.isBefore(from)) {
                    item.violate("validUntil", "range", "must not be before validFrom");
                } else {
                    marks.add(new QualityMark(scheme, code, from, until));
                }
            }
        }
        return marks;
    }

    private static OfferingDetails details(JsonNode body) {
        RequestFields f = RequestFields.of(body);
        OfferingType type = f.enumValue("type", OfferingType.class);
        String name = f.text("name", 300);
        String description = f.text("description", 10_000);
        Long level = f.optionalInteger("level", 1, 8);
        Long studyLoad = f.optionalInteger("studyLoad", 1, 100_000);
        OfferingDetails.StudyLoadUnit unit = f.enumValue("studyLoadUnit", OfferingDetails.StudyLoadUnit.class);
        Money price = f.optionalAmountOrZero("price");
        Money vat = f.optionalAmountOrZero("vat");
        Money eligible = f.optionalAmountOrZero("eligibleCost");
        OfferingDetails.Modality modality = f.enumValue("modality", OfferingDetails.Modality.class);
        String location = f.optionalText("location", 200);
        List<LocalDate> starts = new ArrayList<>();
        for (String start : f.textList("startDates")) {
            try {
                starts.add(LocalDate.parse(start));
            } catch (java.time.format.DateTimeParseException e) {
                f.violate("startDates", "format", "'" + start + "' is not a date as yyyy-mm-dd");
            }
        }
        Long max = f.optionalInteger("maxParticipants", 1, 100_000);
        List<String> fields = f.textList("fieldsOfStudy");
        List<String> skills = f.textList("skills");
        if (skills.size() > OfferingDetails.MAX_SKILLS) {
            f.violate("skills", "size", "at most " + OfferingDetails.MAX_SKILLS + " skills");
        } else if (skills.stream().distinct().count() != skills.size()) {
            f.violate("skills", "unique", "names a skill twice");
        }
        skills.stream()
                .filter(skill -> !OfferingDetails.ESCO_SKILL.matcher(skill).matches())
                .findFirst()
                .ifPresent(skill -> f.violate(
                        "skills",
                        "format",
                        "'" + skill + "' is not an ESCO skill URI (http://data.europa.eu/esco/skill/<uuid>)"));
        boolean recognised = f.bool("recognised", false);
        if (studyLoad == null) {
            f.violate("studyLoad", "required", "is required");
        }
        long priceCents = price == null ? 0 : price.cents();
        long vatCents = vat == null ? 0 : vat.cents();
        long eligibleCents = eligible == null ? priceCents : eligible.cents();
        if (eligibleCents > priceCents) {
            f.violate("eligibleCost", "range", "must not be more than the price");
        }
        if (vatCents > priceCents) {
            f.violate("vat", "range", "must not be more than the price");
        }
        f.validate();
        return new OfferingDetails(
                type,
                name,
                description,
                level == null ? null : level.intValue(),
                studyLoad == null ? 0 : studyLoad.intValue(),
                unit,
                priceCents,
                vatCents,
                eligibleCents,
                modality,
                location,
                starts,
                max == null ? null : max.intValue(),
                fields,
                skills,
                recognised);
    }
}
