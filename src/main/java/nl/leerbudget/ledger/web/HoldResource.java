package nl.leerbudget.ledger.web;

import java.time.Duration;
import java.util.UUID;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.Transfer;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferId;
import nl.leerbudget.ledger.TransferKind;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.RequestFields;
import nl.leerbudget.shared.Money;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Holds: money reserved on a compartment (or any account) for a payment, later settled in full or part, or released. */
@RestController
@RequestMapping("/api/v1/holds")
class HoldResource {

    /** A hold lasts at most a year without being settled. */
    private static final long MAX_TIMEOUT_SECONDS = 366L * 24 * 3600;

    private final Ledger ledger;

    HoldResource(Ledger ledger) {
        this.ledger = ledger;
    }

    @PostMapping
    ResponseEntity<LedgerJson.CommandOutcome> hold(@RequestBody JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        UUID id = fields.uuid("id");
        UUID debit = fields.uuid("debitAccountId");
        UUID credit = fields.uuid("creditAccountId");
        Money amount = fields.amount("amount");
        Long timeout = fields.optionalInteger("timeoutSeconds", 1, MAX_TIMEOUT_SECONDS);
        String reference = fields.optionalText("reference", 200);
        // What the money is for: required for a hold on a compartment, whose conditions the ledger checks against it.
        String offeringId = fields.optionalText("offeringId", 64);
        fields.validate();
        var command = LedgerCommand.of(
                new CommandId(id),
                new TransferOrder.Hold(
                        new AccountId(debit),
                        new AccountId(credit),
                        amount.cents(),
                        TransferCode.SPEND,
                        timeout == null ? null : Duration.ofSeconds(timeout),
                        reference,
                        offeringId));
        return Outcomes.respond(ledger, ledger.execute(command));
    }

    @GetMapping("/{holdId}")
    LedgerJson.Hold get(@PathVariable UUID holdId) {
        Transfer hold = ledger.transfer(new TransferId(holdId))
                .filter(t -> t.kind() == TransferKind.PENDING)
                .orElseThrow(() -> ApiProblem.notFound("No hold with id " + holdId));
        boolean resolved = ledger.holdResolved(hold.id()).orElse(false);
        return new LedgerJson.Hold(
                LedgerJson.TransferBody.of(hold),
                resolved ? LedgerJson.HoldStatus.RESOLVED : LedgerJson.HoldStatus.OPEN);
    }

    /** Settles the hold: all of it, or {@code amount} of it with the rest released. */
    @PostMapping("/{holdId}/settlements")
    ResponseEntity<LedgerJson.CommandOutcome> settle(@PathVariable UUID holdId, @RequestBody JsonNode body) {
        // Decided before the body is read: another provider learns nothing about what is wrong with it.
        if (!ledger.maySettle(new TransferId(holdId))) {
            throw new NotPermitted("only the provider the hold pays settles it");
        }
        RequestFields fields = RequestFields.of(body);
        UUID id = fields.uuid("id");
        Money amount = fields.optionalAmount("amount");
        fields.validate();
        var command = LedgerCommand.of(
                new CommandId(id),
                new TransferOrder.Settle(new TransferId(holdId), amount == null ? null : amount.cents()));
        return Outcomes.respond(ledger, ledger.execute(command));
    }

    @PostMapping("/{holdId}/releases")
    ResponseEntity<LedgerJson.CommandOutcome> release(@PathVariable UUID holdId, @RequestBody JsonNode body) {
        // Decided before the body is read, as for settlements.
        if (!ledger.mayRelease(new TransferId(holdId))) {
            throw new NotPermitted("only the provider the hold pays or the owner of the money releases it");
        }
        RequestFields fields = RequestFields.of(body);
        UUID id = fields.uuid("id");
        fields.validate();
        var command = LedgerCommand.of(new CommandId(id), new TransferOrder.Release(new TransferId(holdId)));
        return Outcomes.respond(ledger, ledger.execute(command));
    }
}
