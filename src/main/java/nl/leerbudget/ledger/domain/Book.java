package nl.leerbudget.ledger.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.LedgerRule;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.Purpose;
import nl.leerbudget.ledger.Transfer;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferId;
import nl.leerbudget.ledger.TransferKind;
import nl.leerbudget.ledger.TransferOrder;
import org.jspecify.annotations.Nullable;

/**
 * The posting engine. It holds the accounts, holds and reversible transfers a batch of commands touches, executes the
 * commands one after another in memory, and reports what to write: each command is accepted whole or rejected whole,
 * in which case the book is as if it had never been tried. The caller has locked the accounts, so the book's view is
 * the truth for the duration of the batch, and writes each touched account once however many transfers hit it.
 */
public final class Book {

    private final Map<AccountId, Account> accounts = new HashMap<>();
    private final Map<TransferId, HoldState> holds = new HashMap<>();
    private final Map<TransferId, ReversibleState> reversibles = new HashMap<>();
    private final Set<AccountId> opened = new LinkedHashSet<>();
    private final Set<AccountId> changed = new LinkedHashSet<>();
    private final List<Transfer> written = new ArrayList<>();
    private final Map<TransferId, Purpose> writtenPurposes = new LinkedHashMap<>();
    private final Map<String, Purpose> purposes;
    private final Instant now;
    private final LocalDate today;

    public Book(
            Collection<Account> accounts,
            Collection<HoldState> holds,
            Collection<ReversibleState> reversibles,
            Instant now,
            LocalDate today) {
        this(accounts, holds, reversibles, Map.of(), now, today);
    }

    /**
     * @param purposes the offerings the commands' payments name, as the register knows them (by offering id); a
     *     payment out of a compartment for an offering not among them is rejected
     */
    public Book(
            Collection<Account> accounts,
            Collection<HoldState> holds,
            Collection<ReversibleState> reversibles,
            Map<String, Purpose> purposes,
            Instant now,
            LocalDate today) {
        this.purposes = Map.copyOf(purposes);
        accounts.forEach(account -> this.accounts.put(account.id(), account));
        holds.forEach(hold -> this.holds.put(hold.hold().id(), hold));
        reversibles.forEach(r -> this.reversibles.put(r.transfer().id(), r));
        this.now = now;
        this.today = today;
    }

    /** Executes one command: all of it, or nothing. */
    public CommandResult execute(LedgerCommand command) {
        var attempt = new Attempt(command);
        try {
            for (OpenAccount open : command.opens()) {
                attempt.open(open);
            }
            List<TransferOrder> orders = command.orders();
            for (int step = 0; step < orders.size(); step++) {
                attempt.step = step;
                attempt.apply(orders.get(step), command.transferId(step));
            }
        } catch (Rejection rejection) {
            attempt.undo();
            return new CommandResult.Rejected(command.id(), attempt.step, rejection.rule, rejection.detail);
        } catch (ArithmeticException overflow) {
            attempt.undo();
            return new CommandResult.Rejected(
                    command.id(), attempt.step, LedgerRule.OVERFLOW, LedgerRule.OVERFLOW.explanation());
        }
        written.addAll(attempt.transfers);
        writtenPurposes.putAll(attempt.paidFor);
        return new CommandResult.Executed(command.id(), attempt.transfers, attempt.openedIds, false);
    }

    public Optional<Account> account(AccountId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    /** A hold the book knows of, settled or not. */
    public Optional<Transfer> hold(TransferId id) {
        return Optional.ofNullable(holds.get(id)).map(HoldState::hold);
    }

    /** Accounts opened by accepted commands, with their balances after the batch. */
    public List<Account> openedAccounts() {
        return opened.stream().map(accounts::get).toList();
    }

    /** Accounts that existed before the batch and whose balances changed, with their balances after the batch. */
    public List<Account> changedAccounts() {
        return changed.stream()
                .filter(id -> !opened.contains(id))
                .map(accounts::get)
                .toList();
    }

    /** Every transfer of every accepted command, in order. */
    public List<Transfer> transfers() {
        return List.copyOf(written);
    }

    /** What the accepted holds and payments out of compartments were for, by transfer id, in order. */
    public Map<TransferId, Purpose> purposes() {
        return java.util.Collections.unmodifiableMap(writtenPurposes);
    }

    /** Marks a compartment as expired (the expiry run does so in the same batch as the transfer that empties it). */
    public void markExpired(AccountId id) {
        Account account = accounts.get(id);
        if (account == null || account.kind() != AccountKind.COMPARTMENT) {
            throw new IllegalArgumentException("not a compartment in this book: " + id);
        }
        if (!account.isExpired()) {
            accounts.put(id, account.expired(now));
            changed.add(id);
        }
    }

    private static final class Rejection extends RuntimeException {
        private final LedgerRule rule;
        private final String detail;

        Rejection(LedgerRule rule, String detail) {
            super(detail, null, false, false);
            this.rule = rule;
            this.detail = detail;
        }
    }

    private static Rejection reject(LedgerRule rule, Object subject) {
        return new Rejection(rule, rule.explanation() + " (" + subject + ")");
    }

    /** One command in progress, with what it changed so that a rejection can put everything back. */
    private final class Attempt {
        private final LedgerCommand command;
        private final Map<AccountId, @Nullable Account> accountsBefore = new LinkedHashMap<>();
        private final Map<TransferId, HoldState> holdsBefore = new LinkedHashMap<>();
        private final Map<TransferId, ReversibleState> reversiblesBefore = new LinkedHashMap<>();
        private final List<AccountId> openedIds = new ArrayList<>();
        private final List<Transfer> transfers = new ArrayList<>();
        private final Map<TransferId, Purpose> paidFor = new LinkedHashMap<>();
        private final Set<AccountId> newlyChanged = new LinkedHashSet<>();
        int step = -1;

        Attempt(LedgerCommand command) {
            this.command = command;
        }

        void open(OpenAccount open) {
            if (accounts.containsKey(open.id())) {
                throw reject(LedgerRule.ACCOUNT_EXISTS, open.id());
            }
            CompartmentTerms terms = open.compartment();
            if (terms != null) {
                Account funder = existing(terms.funder());
                if (funder.kind() != AccountKind.FUNDER && funder.kind() != AccountKind.SCHEME_BUDGET) {
                    throw reject(LedgerRule.WRONG_ACCOUNT_KIND, terms.funder());
                }
                if (funder.unit() != open.unit()) {
                    throw reject(LedgerRule.UNIT_MISMATCH, terms.funder());
                }
            }
            put(Account.open(open, now));
            opened.add(open.id());
            openedIds.add(open.id());
        }

        void apply(TransferOrder order, TransferId id) {
            switch (order) {
                case TransferOrder.Move move -> move(id, move);
                case TransferOrder.Hold hold -> hold(id, hold);
                case TransferOrder.Settle settle -> settle(id, settle);
                case TransferOrder.Release release -> release(id, release);
                case TransferOrder.Reverse reverse -> reverse(id, reverse);
            }
        }

        private void move(TransferId id, TransferOrder.Move move) {
            Account debit = existing(move.debit());
            Account credit = existing(move.credit());
            checkPair(debit, credit, move.amount(), move.code());
            checkPurpose(id, debit, credit, move.code(), move.offeringId());
            Balances next = debit.balances().debit(move.amount());
            requireWithinLimits(debit, next);
            put(debit.with(next));
            put(credit.with(credit.balances().credit(move.amount())));
            write(new Transfer(
                    id,
                    command.id(),
                    TransferKind.POSTED,
                    debit.id(),
                    credit.id(),
                    move.amount(),
                    debit.unit(),
                    move.code(),
                    null,
                    null,
                    null,
                    move.reference(),
                    now));
        }

        private void hold(TransferId id, TransferOrder.Hold hold) {
            Account debit = existing(hold.debit());
            Account credit = existing(hold.credit());
            checkPair(debit, credit, hold.amount(), hold.code());
            checkPurpose(id, debit, credit, hold.code(), hold.offeringId());
            Balances next = debit.balances().reserveDebit(hold.amount());
            requireWithinLimits(debit, next);
            put(debit.with(next));
            put(credit.with(credit.balances().reserveCredit(hold.amount())));
            Transfer transfer = new Transfer(
                    id,
                    command.id(),
                    TransferKind.PENDING,
                    debit.id(),
                    credit.id(),
                    hold.amount(),
                    debit.unit(),
                    hold.code(),
                    null,
                    null,
                    hold.timeout() == null ? null : now.plus(hold.timeout()),
                    hold.reference(),
                    now);
            write(transfer);
            putHold(new HoldState(transfer, false));
        }

        private void settle(TransferId id, TransferOrder.Settle settle) {
            Transfer hold = openHold(settle.hold(), true);
            long amount = settle.amount() == null ? hold.amount() : settle.amount();
            if (amount <= 0) {
                throw reject(LedgerRule.NOT_POSITIVE, amount);
            }
            if (amount > hold.amount()) {
                throw reject(LedgerRule.EXCEEDS_HOLD, hold.id());
            }
            Account debit = existing(hold.debit());
            Account credit = existing(hold.credit());
            put(debit.with(debit.balances().unreserveDebit(hold.amount()).debit(amount)));
            put(credit.with(credit.balances().unreserveCredit(hold.amount()).credit(amount)));
            resolve(hold);
            write(new Transfer(
                    id,
                    command.id(),
                    TransferKind.POST_PENDING,
                    hold.debit(),
                    hold.credit(),
                    amount,
                    hold.unit(),
                    hold.code(),
                    hold.id(),
                    null,
                    null,
                    hold.reference(),
                    now));
        }

        private void release(TransferId id, TransferOrder.Release release) {
            Transfer hold = openHold(release.hold(), false);
            Account debit = existing(hold.debit());
            Account credit = existing(hold.credit());
            put(debit.with(debit.balances().unreserveDebit(hold.amount())));
            put(credit.with(credit.balances().unreserveCredit(hold.amount())));
            resolve(hold);
            write(new Transfer(
                    id,
                    command.id(),
                    TransferKind.VOID_PENDING,
                    hold.debit(),
                    hold.credit(),
                    hold.amount(),
                    hold.unit(),
                    hold.code(),
                    hold.id(),
                    null,
                    null,
                    hold.reference(),
                    now));
        }

        private void reverse(TransferId id, TransferOrder.Reverse reverse) {
            ReversibleState state = reversibles.get(reverse.transfer());
            if (state == null) {
                throw reject(LedgerRule.UNKNOWN_TRANSFER, reverse.transfer());
            }
            Transfer original = state.transfer();
            if (original.kind() != TransferKind.POSTED && original.kind() != TransferKind.POST_PENDING) {
                throw reject(LedgerRule.NOT_REVERSIBLE, original.id());
            }
            if (state.reversed()) {
                throw reject(LedgerRule.ALREADY_REVERSED, original.id());
            }
            Account debit = existing(original.credit());
            Account credit = existing(original.debit());
            if (paysProvider(debit, credit)) {
                // Reversing a refund would pay a provider again without naming what for: that is a new payment.
                throw reject(LedgerRule.PURPOSE_MISSING, original.id());
            }
            Balances next = debit.balances().debit(original.amount());
            requireWithinLimits(debit, next);
            put(debit.with(next));
            put(credit.with(credit.balances().credit(original.amount())));
            reversiblesBefore.putIfAbsent(original.id(), state);
            reversibles.put(original.id(), state.reverse());
            write(new Transfer(
                    id,
                    command.id(),
                    TransferKind.POSTED,
                    debit.id(),
                    credit.id(),
                    original.amount(),
                    original.unit(),
                    TransferCode.REVERSAL,
                    null,
                    original.id(),
                    null,
                    reverse.reference(),
                    now));
        }

        private void checkPair(Account debit, Account credit, long amount, TransferCode code) {
            if (amount <= 0) {
                throw reject(LedgerRule.NOT_POSITIVE, amount);
            }
            if (debit.id().equals(credit.id())) {
                throw reject(LedgerRule.SAME_ACCOUNT, debit.id());
            }
            if (debit.unit() != credit.unit()) {
                throw reject(LedgerRule.UNIT_MISMATCH, debit.unit() + " -> " + credit.unit());
            }
            if (code == TransferCode.SPEND && credit.kind() != AccountKind.PROVIDER_PAYABLE) {
                throw reject(LedgerRule.WRONG_ACCOUNT_KIND, credit.id()); // learning money pays providers only
            }
            // Expiry and corrections are not spending: they may take from a compartment outside its validity.
            boolean notSpending = code == TransferCode.EXPIRY_RETURN
                    || code == TransferCode.EXPIRY_LAPSE
                    || code == TransferCode.ADJUSTMENT;
            if (!notSpending && !debit.spendableOn(today)) {
                throw reject(LedgerRule.COMPARTMENT_NOT_VALID, debit.id());
            }
            CompartmentTerms terms = credit.compartment();
            if (terms != null) {
                if (credit.isExpired() || terms.hasEndedBefore(today)) {
                    throw reject(LedgerRule.COMPARTMENT_EXPIRED, credit.id());
                }
                if ((code == TransferCode.DEPOSIT || code == TransferCode.GRANT)
                        && !terms.funder().equals(debit.id())) {
                    throw reject(LedgerRule.FUNDER_MISMATCH, credit.id());
                }
            }
        }

        /**
         * Money out of a compartment to a provider is a payment for one offering, and the compartment's conditions
         * decide whether it may pay for it: the register's facts about the offering, not the caller's, are checked.
         */
        private void checkPurpose(
                TransferId id, Account debit, Account credit, TransferCode code, @Nullable String offeringId) {
            if (!paysProvider(debit, credit)) {
                return;
            }
            CompartmentTerms terms = java.util.Objects.requireNonNull(debit.compartment(), "a compartment has terms");
            if (code != TransferCode.SPEND || offeringId == null) {
                throw reject(LedgerRule.PURPOSE_MISSING, debit.id());
            }
            Purpose purpose = purposes.get(offeringId);
            if (purpose == null) {
                throw reject(LedgerRule.UNKNOWN_OFFERING, offeringId);
            }
            if (!purpose.provider().equals(credit.id())) {
                throw reject(LedgerRule.PAYEE_NOT_PROVIDER, credit.id());
            }
            var refusal = terms.conditions().refusal(purpose);
            if (refusal.isPresent()) {
                throw reject(refusal.get(), debit.id() + " for offering " + offeringId);
            }
            paidFor.put(id, purpose);
        }

        private static boolean paysProvider(Account debit, Account credit) {
            return debit.kind() == AccountKind.COMPARTMENT && credit.kind() == AccountKind.PROVIDER_PAYABLE;
        }

        private void requireWithinLimits(Account debit, Balances next) {
            if (!debit.withinLimits(next)) {
                throw reject(LedgerRule.INSUFFICIENT_FUNDS, debit.id());
            }
        }

        private Transfer openHold(TransferId holdId, boolean settling) {
            HoldState state = holds.get(holdId);
            if (state == null || state.hold().kind() != TransferKind.PENDING) {
                throw reject(LedgerRule.UNKNOWN_HOLD, holdId);
            }
            if (state.resolved()) {
                throw reject(LedgerRule.HOLD_RESOLVED, holdId);
            }
            Instant timeout = state.hold().timeoutAt();
            if (settling && timeout != null && !now.isBefore(timeout)) {
                throw reject(LedgerRule.HOLD_TIMED_OUT, holdId);
            }
            return state.hold();
        }

        private void resolve(Transfer hold) {
            HoldState state = java.util.Objects.requireNonNull(holds.get(hold.id()), "an open hold is in the book");
            holdsBefore.putIfAbsent(hold.id(), state);
            holds.put(hold.id(), state.resolve());
        }

        private void putHold(HoldState state) {
            holds.put(state.hold().id(), state);
        }

        private Account existing(AccountId id) {
            Account account = accounts.get(id);
            if (account == null) {
                throw reject(LedgerRule.UNKNOWN_ACCOUNT, id);
            }
            return account;
        }

        private void put(Account account) {
            if (!accountsBefore.containsKey(account.id())) {
                accountsBefore.put(account.id(), accounts.get(account.id()));
            }
            accounts.put(account.id(), account);
            if (changed.add(account.id())) {
                newlyChanged.add(account.id());
            }
        }

        private void write(Transfer transfer) {
            transfers.add(transfer);
        }

        void undo() {
            accountsBefore.forEach((id, before) -> {
                if (before == null) {
                    accounts.remove(id);
                } else {
                    accounts.put(id, before);
                }
            });
            holdsBefore.forEach(holds::put);
            reversiblesBefore.forEach(reversibles::put);
            for (Transfer transfer : transfers) {
                if (transfer.kind() == TransferKind.PENDING) {
                    holds.remove(transfer.id());
                }
            }
            openedIds.forEach(opened::remove);
            newlyChanged.forEach(changed::remove);
        }
    }
}
