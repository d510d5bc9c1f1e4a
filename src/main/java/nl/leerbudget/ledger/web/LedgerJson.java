package nl.leerbudget.ledger.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.FunderUsage;
import nl.leerbudget.ledger.LearningAccountView;
import nl.leerbudget.ledger.Statement;
import nl.leerbudget.ledger.Transfer;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferKind;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the ledger API. Amounts are decimal strings in the account's unit ({@code "1000.00"}). */
final class LedgerJson {

    private LedgerJson() {}

    static String format(long hundredths) {
        return Money.cents(hundredths).toDecimalString();
    }

    record Conditions(
            List<OfferingType> offeringTypes,
            boolean recognisedOnly,
            @Nullable String offeringId,
            List<String> sectors,
            List<Integer> levels,
            List<String> occupations,
            List<String> providers) {}

    record Compartment(
            UUID learningAccountId,
            UUID funderAccountId,
            String label,
            Conditions conditions,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validUntil,
            ExpiryRule expiryRule) {

        static @Nullable Compartment of(@Nullable CompartmentTerms terms) {
            if (terms == null) {
                return null;
            }
            var c = terms.conditions();
            return new Compartment(
                    terms.learningAccount().value(),
                    terms.funder().value(),
                    terms.label(),
                    new Conditions(
                            c.offeringTypes().stream().sorted().toList(),
                            c.recognisedOnly(),
                            c.offeringId(),
                            c.sectors().stream().sorted().toList(),
                            c.levels().stream().sorted().toList(),
                            c.occupations().stream().sorted().toList(),
                            c.providers().stream().sorted().toList()),
                    terms.validFrom(),
                    terms.validUntil(),
                    terms.expiryRule());
        }
    }

    record Account(
            UUID id,
            AccountKind kind,
            Unit unit,
            String name,
            @Nullable FunderType funderType,
            boolean allowNegative,
            String balance,
            String available,
            String held,
            String incoming,
            @Nullable Compartment compartment,
            @Nullable Instant expiredAt,
            Instant createdAt) {

        static Account of(AccountView a) {
            return new Account(
                    a.id().value(),
                    a.kind(),
                    a.unit(),
                    a.name(),
                    a.funderType(),
                    a.allowNegative(),
                    format(a.balance()),
                    format(a.available()),
                    format(a.held()),
                    format(a.incoming()),
                    Compartment.of(a.compartment()),
                    a.expiredAt(),
                    a.createdAt());
        }
    }

    record Total(Unit unit, String balance, String available, String held) {}

    record LearningAccount(UUID id, UUID personId, Instant openedAt, List<Total> totals, List<Account> compartments) {

        static LearningAccount of(LearningAccountView view) {
            List<Total> totals = view.compartments().stream()
                    .map(AccountView::unit)
                    .distinct()
                    .sorted()
                    .map(unit -> {
                        var of = view.compartments().stream()
                                .filter(c -> c.unit() == unit)
                                .toList();
                        return new Total(
                                unit,
                                format(of.stream()
                                        .mapToLong(AccountView::balance)
                                        .sum()),
                                format(of.stream()
                                        .mapToLong(AccountView::available)
                                        .sum()),
                                format(of.stream().mapToLong(AccountView::held).sum()));
                    })
                    .toList();
            return new LearningAccount(
                    view.id().value(),
                    view.person().value(),
                    view.openedAt(),
                    totals,
                    view.compartments().stream().map(Account::of).toList());
        }
    }

    record TransferBody(
            UUID id,
            UUID commandId,
            TransferKind kind,
            UUID debitAccountId,
            UUID creditAccountId,
            String amount,
            Unit unit,
            TransferCode code,
            @Nullable UUID holdId,
            @Nullable UUID reversesId,
            @Nullable Instant timeoutAt,
            @Nullable String reference,
            Instant bookedAt) {

        static TransferBody of(Transfer t) {
            return new TransferBody(
                    t.id().value(),
                    t.command().value(),
                    t.kind(),
                    t.debit().value(),
                    t.credit().value(),
                    format(t.amount()),
                    t.unit(),
                    t.code(),
                    t.pending() == null ? null : t.pending().value(),
                    t.reverses() == null ? null : t.reverses().value(),
                    t.timeoutAt(),
                    t.reference(),
                    t.bookedAt());
        }
    }

    enum HoldStatus {
        OPEN,
        RESOLVED
    }

    record Hold(TransferBody hold, HoldStatus status) {}

    record CommandOutcome(UUID commandId, boolean replayed, List<TransferBody> transfers, List<Account> accounts) {}

    record Line(TransferBody transfer, UUID counterpartyAccountId, String change, String balanceAfter) {}

    record StatementBody(
            Account account,
            Instant from,
            Instant to,
            String openingBalance,
            String closingBalance,
            boolean truncated,
            List<Line> lines) {

        static StatementBody of(Statement s) {
            return new StatementBody(
                    Account.of(s.account()),
                    s.from(),
                    s.to(),
                    format(s.openingBalance()),
                    format(s.closingBalance()),
                    s.truncated(),
                    s.lines().stream()
                            .map(l -> new Line(
                                    TransferBody.of(l.transfer()),
                                    l.counterparty().value(),
                                    format(l.change()),
                                    format(l.balanceAfter())))
                            .toList());
        }
    }

    record Usage(
            Account funder,
            String deposited,
            long compartments,
            String available,
            String held,
            String spent,
            String returned,
            String lapsed,
            String reversed) {

        static Usage of(FunderUsage u) {
            return new Usage(
                    Account.of(u.funder()),
                    format(u.deposited()),
                    u.compartments(),
                    format(u.available()),
                    format(u.held()),
                    format(u.spent()),
                    format(u.returned()),
                    format(u.lapsed()),
                    format(u.reversed()));
        }
    }

    record BatchOutcome(UUID batchId, boolean replayed, int lines, String total, List<UUID> compartmentIds) {}
}
