package nl.leerbudget.ledger.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
        UUID id = fields.uuid("id");
        AccountKind kind = fields.enumValue("kind", AccountKind.class);
        String name = fields.text("name", 200);
        Unit unit = fields.optionalEnum("unit", Unit.class);
        FunderType funderType = fields.optionalEnum("funderType", FunderType.class);
        boolean allowNegative = fields.bool("allowNegative", false);
        if (kind == AccountKind.COMPARTMENT || kind == AccountKind.SETTLEMENT) {
            fields.violate(
                    "kind", "enum", "compartments are opened by a deposit; the settlement account is the ledger's own");
        }
        if (allowNegative && kind != AccountKind.FUNDER) {
            fields.violate("allowNegative", "range", "only a FUNDER account (a budget line) may go below zero");
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
        UUID id = fields.uuid("id");
        Money amount = fields.amount("amount");
        String reference = fields.optionalText("reference", 200);
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
            @RequestParam(required = false) @Nullable String fromDate,
            @RequestParam(required = false) @Nullable String toDate) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate from = date("fromDate", fromDate, violations);
        LocalDate to = date("toDate", toDate, violations);
        if (violations.isEmpty() && from != null && to != null && to.isBefore(from)) {
            violations.add(new FieldViolation("toDate", "range", "must not be before fromDate"));
        }
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }
        Instant start =
                from == null ? Instant.EPOCH : from.atStartOfDay(Ledger.ZONE).toInstant();
        Instant end = to == null
                ? Instant.parse("9999-12-31T00:00:00Z")
                : to.plusDays(1).atStartOfDay(Ledger.ZONE).toInstant();
        return ledger.statement(new AccountId(accountId), start, end)
                .map(LedgerJson.StatementBody::of)
                .orElseThrow(() -> ApiProblem.notFound("No account with id " + accountId));
    }

    /** A query date between 1900 and 9998, or a violation. */
    private static @Nullable LocalDate date(String name, @Nullable String text, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() >= 1900 && date.getYear() <= 9998) {
                return date;
            }
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(name, "format", "must be a date as yyyy-mm-dd"));
            return null;
        }
        violations.add(new FieldViolation(name, "range", "must be a date between 1900-01-01 and 9998-12-31"));
        return null;
    }

    /** Where a funder's deposits went, in aggregate. */
    @GetMapping("/{accountId}/usage")
    LedgerJson.Usage usage(@PathVariable UUID accountId) {
        return ledger.funderUsage(new AccountId(accountId))
                .map(LedgerJson.Usage::of)
                .orElseThrow(() -> ApiProblem.notFound("No funder or scheme budget account with id " + accountId));
    }

    private AccountView find(UUID id) {
        return ledger.account(new AccountId(id)).orElseThrow(() -> ApiProblem.notFound("No account with id " + id));
    }
}
