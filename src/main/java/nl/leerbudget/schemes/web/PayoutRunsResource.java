package nl.leerbudget.schemes.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.RequestFields;
import nl.leerbudget.schemes.PayoutRun;
import nl.leerbudget.schemes.Schemes;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Payout runs to providers and their SEPA credit transfer files, for scheme administrators. */
@RestController
class PayoutRunsResource {

    private static final int LIST_LIMIT = 100;

    private final Schemes schemes;
    private final Clock clock;

    PayoutRunsResource(Schemes schemes, Clock clock) {
        this.schemes = schemes;
        this.clock = clock;
    }

    @PostMapping("/api/v1/payout-runs")
    ResponseEntity<SchemeJson.PayoutRunJson> payOut(@RequestBody(required = false) @Nullable JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        UUID requestId = fields.uuid("requestId");
        LocalDate executionDate = fields.optionalDate("executionDate");
        fields.close();
        if (executionDate != null && executionDate.isBefore(LocalDate.now(clock.withZone(Ledger.ZONE)))) {
            fields.violate("executionDate", "range", "must not be in the past");
        }
        fields.validate();
        PayoutRun run = schemes.payOut(requestId, executionDate);
        SchemeJson.PayoutRunJson json = SchemeJson.of(run);
        return run.replayed()
                ? ResponseEntity.ok(json)
                : ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/api/v1/payout-runs/" + run.id()))
                        .body(json);
    }

    @GetMapping("/api/v1/payout-runs")
    List<SchemeJson.PayoutRunJson> runs() {
        return schemes.payoutRuns(LIST_LIMIT).stream().map(SchemeJson::of).toList();
    }

    @GetMapping("/api/v1/payout-runs/{payoutRunId}")
    SchemeJson.PayoutRunJson run(@PathVariable UUID payoutRunId) {
        return schemes.payoutRun(payoutRunId)
                .map(SchemeJson::of)
                .orElseThrow(() -> ApiProblem.notFound("No payout run " + payoutRunId));
    }

    /** The pain.001.001.09 file as written, to hand to the bank. */
    @GetMapping("/api/v1/payout-runs/{payoutRunId}/file")
    ResponseEntity<byte[]> file(@PathVariable UUID payoutRunId) {
        byte[] file =
                schemes.payoutFile(payoutRunId).orElseThrow(() -> ApiProblem.notFound("No payout run " + payoutRunId));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .header("Content-Disposition", "attachment; filename=\"payout-" + payoutRunId + ".xml\"")
                .body(file);
    }
}
