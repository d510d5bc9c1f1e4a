package nl.leerbudget.ledger.web;

import java.util.Map;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerRule;
import nl.leerbudget.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Turns the result of a ledger command into a response: 201 when executed now, 200 for a replay, else a problem. */
final class Outcomes {

    private Outcomes() {}

    static CommandResult.Executed executed(CommandResult result) {
        return switch (result) {
            case CommandResult.Executed executed -> executed;
            case CommandResult.Rejected rejected
            when rejected.rule() == LedgerRule.NOT_PERMITTED -> throw new NotPermitted(rejected.detail());
            case CommandResult.Rejected rejected ->
                throw ApiProblem.rejected(
                        rejected.rule().id(),
                        rejected.rule().name(),
                        rejected.detail(),
                        Map.of(
                                "step",
                                rejected.step(),
                                "reason",
                                rejected.rule().reason()));
            case CommandResult.IdConflict conflict ->
                throw ApiProblem.conflict(
                        "idempotency-conflict",
                        "Id already used",
                        "The id " + conflict.command()
                                + " was used before for a request with other content. Nothing was changed;"
                                + " use a new id for a new request.");
        };
    }

    static ResponseEntity<LedgerJson.CommandOutcome> respond(Ledger ledger, CommandResult result) {
        CommandResult.Executed executed = executed(result);
        var body = new LedgerJson.CommandOutcome(
                executed.command().value(),
                executed.replayed(),
                executed.transfers().stream().map(LedgerJson.TransferBody::of).toList(),
                ledger.openedBy(executed).stream().map(LedgerJson.Account::of).toList());
        return ResponseEntity.status(executed.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(body);
    }
}
