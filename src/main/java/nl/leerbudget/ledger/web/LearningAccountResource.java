package nl.leerbudget.ledger.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.LearningAccountOpened;
import nl.leerbudget.ledger.LearningAccountView;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.Paging;
import nl.leerbudget.platform.web.RequestFields;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/learning-accounts")
class LearningAccountResource {

    private final Ledger ledger;
    private final PersonRegistry people;

    LearningAccountResource(Ledger ledger, PersonRegistry people) {
        this.ledger = ledger;
        this.people = people;
    }

    @PostMapping
    ResponseEntity<LedgerJson.LearningAccount> open(@RequestBody JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        UUID person = fields.uuid("personId");
        fields.validate();
        KnownPeople.require(people, List.of(new PersonId(person)), List.of("personId"));
        LearningAccountOpened opened = ledger.openLearningAccount(new PersonId(person));
        return ResponseEntity.status(opened.opened() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(LedgerJson.LearningAccount.of(opened.account()));
    }

    @GetMapping
    Paging.Body<LedgerJson.LearningAccount> list(
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int pageSize) {
        Paging.check(page, pageSize);
        return Paging.body(ledger.learningAccounts(page, pageSize), LedgerJson.LearningAccount::of);
    }

    @GetMapping("/{learningAccountId}")
    LedgerJson.LearningAccount get(@PathVariable UUID learningAccountId) {
        return LedgerJson.LearningAccount.of(find(learningAccountId));
    }

    /** Deposits into an existing compartment ({@code compartmentId}) or a new one ({@code compartment}). */
    @PostMapping("/{learningAccountId}/deposits")
    ResponseEntity<LedgerJson.CommandOutcome> deposit(
            @PathVariable UUID learningAccountId, @RequestBody JsonNode body) {
        // A funder deposits into a person's account without seeing what is in it.
        LearningAccountId account = new LearningAccountId(learningAccountId);
        if (!ledger.acceptsDeposits(account, null)) {
            throw ApiProblem.notFound("No learning account with id " + learningAccountId);
        }
        // Decided before the rest of the body is read: a funder deposits only its own money, and one that names
        // another's account learns nothing about what else is wrong with the request.
        UUID named = namedFunder(body);
        if (named != null && !ledger.mayDepositFrom(new AccountId(named))) {
            throw new NotPermitted("a funder deposits only from its own account");
        }
        RequestFields fields = RequestFields.of(body);
        UUID id = fields.uuid("id");
        UUID funderId = fields.uuid("funderAccountId");
        Money amount = fields.amount("amount");
        String reference = fields.optionalText("reference", 200);
        UUID compartmentId = fields.optionalUuid("compartmentId");
        RequestFields compartment = fields.optionalObject("compartment");
        @Nullable NewCompartment terms = compartment == null ? null : NewCompartment.read(compartment);
        if ((compartmentId == null) == (compartment == null)) {
            fields.violate("compartmentId", "choice", "give either compartmentId or compartment, not both or neither");
        }
        fields.validate();

        AccountId funder = new AccountId(funderId);
        AccountView funderAccount = ledger.account(funder)
                .filter(a -> a.kind() == AccountKind.FUNDER)
                .orElseThrow(() -> ApiProblem.rejected(
                        "L01", "UNKNOWN_ACCOUNT", "No funder account with id " + funderId, java.util.Map.of()));
        List<OpenAccount> opens = new ArrayList<>();
        AccountId target;
        if (terms != null) {
            target = AccountId.derived("compartment/" + id);
            opens.add(OpenAccount.compartment(target, funderAccount.unit(), terms.toTerms(account, funder)));
        } else {
            target = new AccountId(java.util.Objects.requireNonNull(compartmentId, "checked above"));
            if (!ledger.acceptsDeposits(account, target)) {
                throw ApiProblem.rejected(
                        "L01",
                        "UNKNOWN_ACCOUNT",
                        "Learning account " + learningAccountId + " has no compartment " + compartmentId,
                        java.util.Map.of());
            }
        }
        var command = new LedgerCommand(
                new CommandId(id),
                opens,
                List.of(new TransferOrder.Move(funder, target, amount.cents(), TransferCode.DEPOSIT, reference)));
        return Outcomes.respond(ledger, ledger.execute(command));
    }

    private LearningAccountView find(UUID id) {
        return ledger.learningAccount(new LearningAccountId(id))
                .orElseThrow(() -> ApiProblem.notFound("No learning account with id " + id));
    }

    /** The terms of a new compartment as a request gives them. */
    record NewCompartment(
            String label,
            CompartmentConditions conditions,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validUntil,
            ExpiryRule expiryRule) {

        static NewCompartment read(RequestFields f) {
            String label = f.text("label", 200);
            LocalDate validFrom = f.optionalDate("validFrom");
            LocalDate validUntil = f.optionalDate("validUntil");
            ExpiryRule rule = f.optionalEnum("expiryRule", ExpiryRule.class);
            CompartmentConditions conditions = CompartmentConditions.NONE;
            RequestFields c = f.optionalObject("conditions");
            if (c != null) {
                var types = c.enumSet("offeringTypes", OfferingType.class);
                boolean recognisedOnly = c.bool("recognisedOnly", false);
                String offeringId = c.optionalText("offeringId", 64);
                List<String> sectors = c.textList("sectors");
                c.close();
                try {
                    conditions =
                            new CompartmentConditions(types, recognisedOnly, offeringId, java.util.Set.copyOf(sectors));
                } catch (IllegalArgumentException e) {
                    f.violate("conditions", "format", String.valueOf(e.getMessage()));
                }
            }
            if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
                f.violate("validUntil", "range", "must not be before validFrom");
            }
            f.close();
            return new NewCompartment(
                    label, conditions, validFrom, validUntil, rule == null ? ExpiryRule.RETURN_TO_FUNDER : rule);
        }

        CompartmentTerms toTerms(LearningAccountId owner, AccountId funder) {
            return new CompartmentTerms(owner, funder, label, conditions, validFrom, validUntil, expiryRule);
        }
    }

    /** The funder account the body names, when it names one that reads as an id; else null (the fields say why). */
    private static @Nullable UUID namedFunder(@Nullable JsonNode body) {
        JsonNode funder = body == null ? null : body.get("funderAccountId");
        if (funder == null || !funder.isString()) {
            return null;
        }
        try {
            return UUID.fromString(funder.stringValue());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
