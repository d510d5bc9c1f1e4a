package nl.leerbudget.overview.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.Role;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.overview.CoFinancing;
import nl.leerbudget.overview.CoFinancingRequest;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.RequestFields;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Co-financing requests under {@code /api/v1}: the person asks a funder; the funder approves or declines. */
@RestController
class CoFinancingResource {

    private final CoFinancing cofinancing;
    private final Actors actors;

    CoFinancingResource(CoFinancing cofinancing, Actors actors) {
        this.cofinancing = cofinancing;
        this.actors = actors;
    }

    record RequestJson(
            UUID id,
            UUID funderAccountId,
            String funderName,
            String offeringId,
            String offeringName,
            LocalDate startDate,
            String amount,
            @Nullable String message,
            String state,
            String stateLabel,
            @Nullable Instant decidedAt,
            @Nullable String decisionReason,
            @Nullable UUID compartmentId,
            Instant createdAt) {

        static RequestJson of(CoFinancingRequest r) {
            return new RequestJson(
                    r.id(),
                    r.funder().value(),
                    r.funderName(),
                    r.offeringId(),
                    r.offeringName(),
                    r.startDate(),
                    r.amount().toDecimalString(),
                    r.message(),
                    r.state().name(),
                    r.state().label(),
                    r.decidedAt(),
                    r.decisionReason(),
                    r.compartment() == null ? null : r.compartment().value(),
                    r.createdAt());
        }
    }

    @GetMapping("/api/v1/cofinancing-requests")
    List<RequestJson> list() {
        var list = actors.current().has(Role.FUNDER) ? cofinancing.inbox() : cofinancing.mine();
        return list.stream().map(RequestJson::of).toList();
    }

    @PostMapping("/api/v1/cofinancing-requests")
    ResponseEntity<RequestJson> ask(@RequestBody(required = false) @Nullable JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        UUID requestId = fields.uuid("requestId");
        UUID offeringId = fields.uuid("offeringId");
        LocalDate startDate = fields.optionalDate("startDate");
        if (startDate == null && !fields.has("startDate")) {
            fields.violate("startDate", "required", "is required");
        }
        UUID funder = fields.uuid("funderAccountId");
        String message = fields.optionalText("message", 500);
        fields.close();
        fields.validate();
        return respond(cofinancing.ask(
                requestId,
                new OfferingId(offeringId),
                java.util.Objects.requireNonNull(startDate),
                new AccountId(funder),
                message));
    }

    @PostMapping("/api/v1/cofinancing-requests/{id}/approvals")
    ResponseEntity<RequestJson> approve(@PathVariable UUID id, @RequestBody(required = false) @Nullable JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        Money amount = fields.optionalAmount("amount");
        fields.close();
        fields.validate();
        return respond(cofinancing.approve(id, amount));
    }

    @PostMapping("/api/v1/cofinancing-requests/{id}/declines")
    ResponseEntity<RequestJson> decline(@PathVariable UUID id, @RequestBody(required = false) @Nullable JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        String reason = fields.text("reason", 500);
        fields.close();
        fields.validate();
        return respond(cofinancing.decline(id, reason));
    }

    private static ResponseEntity<RequestJson> respond(CoFinancing.Outcome outcome) {
        return switch (outcome) {
            case CoFinancing.Outcome.Done done ->
                ResponseEntity.status(done.request().replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                        .body(RequestJson.of(done.request()));
            case CoFinancing.Outcome.Refused refused ->
                throw ApiProblem.rejected(
                        refused.rule().id(),
                        refused.rule().name(),
                        "The co-financing step is refused: " + refused.rule().name(),
                        Map.of("reason", refused.rule().reason()));
            case CoFinancing.Outcome.NotFound notFound ->
                throw ApiProblem.notFound("No such co-financing request or offering");
        };
    }
}
