package nl.leerbudget.schemes;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.payments.CreditTransfer;
import nl.leerbudget.payments.Pain001;
import nl.leerbudget.payments.Party;
import nl.leerbudget.payments.PaymentBatch;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.ProviderView;
import nl.leerbudget.register.Register;
import nl.leerbudget.schemes.domain.HeldProviders;
import nl.leerbudget.schemes.domain.SchemeStore;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.TimeOrderedIds;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Pays providers what was settled to them, inside the caller's transaction, as the system: every grant with a
 * confirmed start and every other settlement ({@link ProviderSettlements}: bookings) that no run has paid yet, one
 * credit transfer and one PAYOUT ledger transfer per provider, one pain.001 file for the run. What is paid is locked
 * first, so two runs at once pay each item once; a run that fails anywhere (a provider without an IBAN, a ledger
 * refusal) writes nothing.
 */
final class PayoutRuns {

    private final SchemeStore store;
    private final Ledger ledger;
    private final Register register;
    private final Clock clock;
    private final SchemeSettings settings;
    private final ObjectProvider<ProviderSettlements> others;
    private final HeldProviders held;

    PayoutRuns(
            SchemeStore store,
            Ledger ledger,
            Register register,
            Clock clock,
            SchemeSettings settings,
            ObjectProvider<ProviderSettlements> others,
            HeldProviders held) {
        this.others = others;
        this.held = held;
        this.store = store;
        this.ledger = ledger;
        this.register = register;
        this.clock = clock;
        this.settings = settings;
    }

    PayoutRun pay(UUID requestId, @Nullable LocalDate executionDate, String by) {
        // PostgreSQL keeps microseconds: what is returned now equals what a replay reads back.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, PaymentBatch.ZONE);
        LocalDate execution = executionDate != null ? executionDate : today;
        var earlier = store.payoutRunByRequest(requestId);
        if (earlier.isPresent()) {
            if (executionDate != null && !executionDate.equals(earlier.get().executionDate())) {
                throw new SchemeConflict(
                        "request-id-reused",
                        "Request id " + requestId + " was used for a payout run on another execution date.");
            }
            return earlier.get().asReplay();
        }
        if (execution.isBefore(today)) {
            throw new IllegalArgumentException("an execution date is not in the past");
        }
        // A provider whose payouts are held (PayoutHolds) is left out: what was settled to it stays unpaid, locked
        // here like the rest so that a hold cannot slip between the read and the payment.
        java.util.Set<UUID> onHold = held.held();
        List<SchemeApplication> unpaid = store.lockUnpaid().stream()
                .filter(grant -> !onHold.contains(
                        java.util.Objects.requireNonNull(grant.start()).providerId()))
                .toList();
        Map<ProviderSettlements, List<ProviderSettlements.Settlement>> settled = new java.util.LinkedHashMap<>();
        for (ProviderSettlements other : others.orderedStream().toList()) {
            settled.put(
                    other,
                    other.lockUnpaid().stream()
                            .filter(settlement -> !onHold.contains(settlement.provider()))
                            .toList());
        }
        if (unpaid.isEmpty() && settled.values().stream().allMatch(List::isEmpty)) {
            throw new SchemeConflict(
                    "nothing-to-pay",
                    "No grant with a confirmed start and no booking is waiting to be paid"
                            + (onHold.isEmpty() ? "." : ", except to providers whose payouts are held."));
        }
        // Per provider: how many items and how much, grants and other settlements alike.
        Map<UUID, List<Long>> byProvider = new TreeMap<>();
        for (SchemeApplication grant : unpaid) {
            SchemeApplication.Start start = java.util.Objects.requireNonNull(grant.start());
            byProvider
                    .computeIfAbsent(start.providerId(), k -> new ArrayList<>())
                    .add(java.util.Objects.requireNonNull(grant.amount()).cents());
        }
        for (List<ProviderSettlements.Settlement> list : settled.values()) {
            for (ProviderSettlements.Settlement settlement : list) {
                byProvider
                        .computeIfAbsent(settlement.provider(), k -> new ArrayList<>())
                        .add(settlement.amountCents());
            }
        }
        int items = byProvider.values().stream().mapToInt(List::size).sum();

        UUID id = TimeOrderedIds.next();
        String hex = id.toString().replace("-", "").toUpperCase(java.util.Locale.ROOT);
        String messageId = "LB-" + hex;
        List<PayoutRun.Line> lines = new ArrayList<>();
        List<CreditTransfer> transfers = new ArrayList<>();
        List<TransferOrder> orders = new ArrayList<>();
        int number = 0;
        for (var entry : byProvider.entrySet()) {
            UUID providerId = entry.getKey();
            List<Long> grants = entry.getValue();
            ProviderView provider = register.provider(new ProviderId(providerId))
                    .orElseThrow(() -> new SchemeConflict(
                            "unknown-provider", "Provider " + providerId + " is not in the register."));
            String iban = provider.iban();
            if (iban == null) {
                throw new SchemeConflict(
                        "provider-without-iban", "The register has no IBAN for provider " + provider.name() + ".");
            }
            Money amount = Money.ZERO;
            for (long cents : grants) {
                amount = amount.plus(Money.cents(cents));
            }
            String endToEndId = "LB-" + hex.substring(0, 24) + "-" + String.format("%04d", ++number);
            lines.add(new PayoutRun.Line(providerId, provider.name(), iban, endToEndId, grants.size(), amount));
            transfers.add(new CreditTransfer(
                    endToEndId,
                    Party.of(provider.name(), iban),
                    amount,
                    "Leerbudget: " + grants.size() + (grants.size() == 1 ? " betaling" : " betalingen")
                            + " voor gestarte opleidingen, " + endToEndId));
            orders.add(new TransferOrder.Move(
                    new AccountId(providerId),
                    SystemAccounts.settlement(Unit.EUR),
                    amount.cents(),
                    TransferCode.PAYOUT,
                    endToEndId));
        }

        CommandId command = CommandId.derived("scheme-payout-run/" + id);
        CommandResult booked = ledger.execute(new LedgerCommand(command, List.of(), orders));
        if (!(booked instanceof CommandResult.Executed)) {
            // What was settled to a payable account stays there until paid; a refusal means it was paid elsewhere.
            throw new SchemeConflict("payout-refused", "The ledger refused the payouts: " + booked);
        }
        Money total = lines.stream().map(PayoutRun.Line::amount).reduce(Money.ZERO, Money::plus);
        PaymentBatch batch = new PaymentBatch(
                messageId,
                now,
                "Leerbudget",
                Party.of(
                        settings.payerName(),
                        settings.payerIban(),
                        settings.payerBic().isBlank() ? null : settings.payerBic()),
                execution,
                transfers);
        byte[] file = Pain001.write(batch);
        PayoutRun run = new PayoutRun(
                id, requestId, messageId, execution, items, total, lines, command.value(), by, now, false);
        store.insertPayoutRun(run, new String(file, StandardCharsets.UTF_8));
        for (SchemeApplication grant : unpaid) {
            SchemeApplication.Start start = java.util.Objects.requireNonNull(grant.start());
            store.updateProgress(grant.progressed(
                    ApplicationStatus.PAID,
                    new SchemeApplication.Start(start.providerId(), start.startedOn(), start.settlement(), id),
                    null));
        }
        for (var entry : settled.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                entry.getKey()
                        .paid(
                                entry.getValue().stream()
                                        .map(ProviderSettlements.Settlement::id)
                                        .toList(),
                                id);
            }
        }
        return run;
    }
}
