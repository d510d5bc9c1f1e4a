package nl.leerbudget.identity.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.identity.BenefitDelivery;
import nl.leerbudget.identity.BenefitFacts;
import nl.leerbudget.identity.BenefitKind;
import nl.leerbudget.identity.domain.Bsn;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.FieldViolation;
import nl.leerbudget.platform.web.RequestFields;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Benefit facts from UWV and the municipalities: {@code {"deliveryId", "source", "benefits": [{"bsn", "benefit",
 * "startsOn", "endsOn"}]}}. Every wrong field of every line is reported as {@code benefits[i].field}; one wrong line
 * imports nothing. The BSNs go in here and never come out.
 */
@RestController
class BenefitFactsResource {

    private final BenefitFacts facts;

    BenefitFactsResource(BenefitFacts facts) {
        this.facts = facts;
    }

    record Delivered(UUID deliveryId, int lines, int people, boolean replayed) {}

    @PostMapping("/api/v1/benefit-facts")
    ResponseEntity<Delivered> deliver(@RequestBody(required = false) @Nullable JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        UUID deliveryId = fields.uuid("deliveryId");
        String source = fields.text("source", 40);
        if (fields.isValid() && !BenefitDelivery.SOURCE.matcher(source).matches()) {
            fields.violate("source", "pattern", "is 'uwv' or 'gemeente-' and the municipality's four-digit CBS code");
        }
        List<RequestFields> items = fields.objectList("benefits");
        if (items.isEmpty()) {
            fields.violate("benefits", "required", "has at least one line");
        }
        if (items.size() > BenefitFacts.MAX_LINES) {
            fields.violate("benefits", "size", "has at most " + BenefitFacts.MAX_LINES + " lines");
        }
        List<BenefitDelivery.Line> lines = new ArrayList<>(items.size());
        for (RequestFields item : items) {
            String bsn = item.text("bsn", 9);
            BenefitKind benefit = item.enumValue("benefit", BenefitKind.class);
            LocalDate startsOn = item.optionalDate("startsOn");
            LocalDate endsOn = item.optionalDate("endsOn");
            if (startsOn == null && !item.has("startsOn")) {
                item.violate("startsOn", "required", "is required");
            }
            if (!bsn.isEmpty() && !Bsn.isValid(bsn)) {
                item.violate("bsn", "format", "must be nine digits that pass the eleven-test");
            }
            if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
                item.violate("endsOn", "range", "must be on or after startsOn");
            }
            item.close();
            if (item.isValid() && startsOn != null) {
                lines.add(new BenefitDelivery.Line(bsn, benefit, startsOn, endsOn));
            }
        }
        fields.close();
        fields.validate();
        BenefitDelivery.Result result;
        try {
            result = facts.deliver(new BenefitDelivery(deliveryId, source, lines));
        } catch (BenefitFacts.IdempotencyConflict conflict) {
            throw ApiProblem.conflict("idempotency-conflict", "Id already used", String.valueOf(conflict.getMessage()));
        }
        return switch (result) {
            case BenefitDelivery.Result.Delivered delivered ->
                ResponseEntity.status(delivered.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                        .body(new Delivered(
                                delivered.deliveryId(), delivered.lines(), delivered.people(), delivered.replayed()));
            case BenefitDelivery.Result.Refused refused ->
                throw ApiProblem.invalid(refused.errors().stream()
                        .map(e -> new FieldViolation(
                                e.line() == 0 ? e.field() : "benefits[" + (e.line() - 1) + "]." + e.field(),
                                "invalid",
                                e.reason()))
                        .toList());
        };
    }
}
