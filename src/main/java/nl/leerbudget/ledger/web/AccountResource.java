package nl.leerbudget.ledger.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.FieldViolation;
import nl.leerbudget.platform.web.Paging;
import nl.leerbudget.platform.web.RequestFields;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Ledger accounts other than learning accounts: funders, scheme budgets, provider payables; and any account's data. */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountResource {

    private final Ledger ledger;

    AccountResource(Ledger ledger) {
        this.ledger = ledger;
    }

    @PostMapping
    ResponseEntity<LedgerJson.CommandOutcome> open(@RequestBody JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        UUID id = fields.uuid("id", true);
        AccountKind kind = fields.enumValue("kind", AccountKind.class, true);
        String name = fields.text("name", 200, true);
        Unit unit = fields.enumValue("unit", Unit.class, false);
        FunderType funderType = fields.enumValue("funderType", FunderType.class, false);
        boolean allowNegative = fields.bool("allowNegative", false);
        if (kind == AccountKind.COMPARTMENT || kind == AccountKind.SETTLEMENT) {
            fields.violate("kind", "enum", "compartments are opened by a deposit; the settlement account is the ledger's own");
        }
        if ((kind == AccountKind.FUNDER) != (funderType != null) && fields.isValid()) {
            fields.violate("funderType", "required", "is required for, and only for, a FUNDER account");
        }
        fields.validate();
        var open = new OpenAccount(
                new AccountId(id), kind, unit == null ? Unit.EUR : unit, name, allowNegative, funderType, null);
        var command = new LedgerCommand(CommandId.derived("open/" + id), List.of(open), List.of());
        return Outcomes.respond(ledger, ledger.execute(command));
    }

    @GetMapping
    Paging.Body<LedgerJson.Account> list(
            @RequestParam AccountKind kind,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int pageSize) {
        Paging.check(page, pageSize);
        return Paging.body(ledger.accounts(kind, page, pageSize), LedgerJson.Account::of);
    }

    @GetMapping("/{accountId}")
    LedgerJson.Account get(@PathVariable UUID accountId) {
        return LedgerJson.Account.of(find(accountId));
    }

    /** Money entering a funder account from the bank. */
    @PostMapping("/{accountId}/top-ups")
    ResponseEntity<LedgerJson.CommandOutcome> topUp(@PathVariable UUID accountId, @RequestBody JsonNode body) {
        AccountView account = find(accountId);
        RequestFields fields = RequestFields.of(body);
        UUID id = fields.uuid("id", true);
        Money amount = fields.positiveAmount("amount", true);
        String reference = fields.text("reference", 200, false);
        fields.validate();
        if (account.kind() != AccountKind.FUNDER && account.kind() != AccountKind.SCHEME_BUDGET) {
            throw ApiProblem.rejected(
                    "L18", "WRONG_ACCOUNT_KIND", "Only funder and scheme budget accounts are topped up", Map.of());
        }
        var command = LedgerCommand.of(
                new CommandId(id),
                new TransferOrder.Move(
                        SystemAccounts.settlement(account.unit()),
                        account.id(),
                        amount.cents(),
                        TransferCode.TOP_UP,
                        reference));
        return Outcomes.respond(ledger, ledger.execute(command));
    }

    @GetMapping("/{accountId}/statement")
    LedgerJson.StatementBody statement(
            @PathVariable UUID accountId,
            @RequestParam(required = false) @Nullable LocalDate fromDate,
            @RequestParam(required = false) @Nullable LocalDate toDate) {
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw ApiProblem.invalid(List.of(new FieldViolation("toDate", "range", "must not be before fromDate")));
        }
        Instant from = fromDate == null ? Instant.EPOCH : fromDate.atStartOfDay(Ledger.ZONE).toInstant();
        Instant to = toDate == null
                ? Instant.parse("9999-12-31T00:00:00Z")
                : toDate.plusDays(1).atStartOfDay(Ledger.ZONE).toInstant();
        return ledger.statement(new AccountId(accountId), from, to)
                .map(LedgerJson.StatementBody::of)
                .orElseThrow(() -> ApiProblem.notFound("No account with id " + accountId));
    }

    /** Where a funder's deposits went, in aggregate. */
    @GetMapping("/{accountId}/usage")
    LedgerJson.Usage usage(@PathVariable UUID accountId) {
        AccountView account = find(accountId);
        return ledger.funderUsage(account.id())
                .map(LedgerJson.Usage::of)
                .orElseThrow(() -> ApiProblem.rejected(
                        "L18", "WRONG_ACCOUNT_KIND", "Usage is reported for funder and scheme budget accounts", Map.of()));
    }

    private AccountView find(UUID id) {
        return ledger.account(new AccountId(id)).orElseThrow(() -> ApiProblem.notFound("No account with id " + id));
    }
}
