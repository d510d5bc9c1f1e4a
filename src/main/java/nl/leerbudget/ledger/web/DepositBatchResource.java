package nl.leerbudget.ledger.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.FieldViolation;
import nl.leerbudget.shared.PersonId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk deposits from a CSV file: all lines or none. Learning accounts are opened for people who have none, in the same
 * transaction, so a rejected file leaves no trace.
 */
@RestController
class DepositBatchResource {

    private final Ledger ledger;
    private final PersonRegistry registry;

    DepositBatchResource(Ledger ledger, PersonRegistry registry) {
        this.ledger = ledger;
        this.registry = registry;
    }

    @PostMapping(path = "/api/v1/accounts/{accountId}/deposit-batches", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<LedgerJson.BatchOutcome> upload(
            @PathVariable UUID accountId, @RequestParam String batchId, @RequestPart("file") MultipartFile file)
            throws IOException {
        // The account is looked up first: another funder's account is absent, whatever the request holds.
        AccountView funder = ledger.account(new AccountId(accountId))
                .orElseThrow(() -> ApiProblem.notFound("No account with id " + accountId));
        if (funder.kind() != AccountKind.FUNDER) {
            throw ApiProblem.rejected("L18", "WRONG_ACCOUNT_KIND", "Only funder accounts deposit in bulk", Map.of());
        }
        UUID id;
        try {
            id = UUID.fromString(batchId);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(List.of(new FieldViolation("batchId", "format", "must be a UUID")));
        }
        DepositFile parsed = DepositFile.parse(utf8(file.getBytes()));
        if (!parsed.violations().isEmpty()) {
            throw ApiProblem.invalid(parsed.violations());
        }

        List<OpenAccount> opens = new ArrayList<>();
        List<TransferOrder> orders = new ArrayList<>();
        List<PersonId> people = new ArrayList<>();
        long total = 0;
        for (DepositFile.Line line : parsed.lines()) {
            AccountId compartment = AccountId.derived("deposit-batch/" + id + "/" + line.number());
            people.add(line.person());
            opens.add(OpenAccount.compartment(
                    compartment,
                    funder.unit(),
                    new CompartmentTerms(
                            LearningAccountId.of(line.person()),
                            funder.id(),
                            line.label(),
                            line.conditions(),
                            line.validFrom(),
                            line.validUntil(),
                            line.expiryRule())));
            orders.add(new TransferOrder.Move(
                    funder.id(), compartment, line.amount().cents(), TransferCode.DEPOSIT, line.reference()));
            total = Math.addExact(total, line.amount().cents());
        }
        KnownPeople.require(
                registry,
                people,
                parsed.lines().stream()
                        .map(line -> "lines[" + line.number() + "].personId")
                        .toList());
        var command = new LedgerCommand(new CommandId(id), opens, orders);
        CommandResult.Executed executed = Outcomes.executed(ledger.executeOpening(people, command));
        var body = new LedgerJson.BatchOutcome(
                id,
                executed.replayed(),
                parsed.lines().size(),
                LedgerJson.format(total),
                executed.opened().stream().map(AccountId::value).toList());
        return ResponseEntity.status(executed.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(body);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiProblem.invalid(List.of(new FieldViolation("file", "encoding", "the file must be UTF-8 text")));
        }
    }
}
