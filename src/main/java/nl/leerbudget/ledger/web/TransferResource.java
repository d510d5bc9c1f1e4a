package nl.leerbudget.ledger.web;

import java.util.UUID;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.TransferId;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.RequestFields;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/transfers")
class TransferResource {

    private final Ledger ledger;

    TransferResource(Ledger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/{transferId}")
    LedgerJson.TransferBody get(@PathVariable UUID transferId) {
        return ledger.transfer(new TransferId(transferId))
                .map(LedgerJson.TransferBody::of)
                .orElseThrow(() -> ApiProblem.notFound("No transfer with id " + transferId));
    }

    /** Corrects a transfer by a new one in the opposite direction; the original stays as it was. */
    @PostMapping("/{transferId}/reversals")
    ResponseEntity<LedgerJson.CommandOutcome> reverse(@PathVariable UUID transferId, @RequestBody JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        UUID id = fields.uuid("id");
        String reference = fields.optionalText("reference", 200);
        fields.validate();
        var command =
                LedgerCommand.of(new CommandId(id), new TransferOrder.Reverse(new TransferId(transferId), reference));
        return Outcomes.respond(ledger, ledger.execute(command));
    }
}
