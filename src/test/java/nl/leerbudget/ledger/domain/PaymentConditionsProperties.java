package nl.leerbudget.ledger.domain;

import static nl.leerbudget.ledger.domain.Books.NOW;
import static nl.leerbudget.ledger.domain.Books.OWNER;
import static nl.leerbudget.ledger.domain.Books.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.Purpose;
import nl.leerbudget.ledger.Transfer;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferId;
import nl.leerbudget.ledger.TransferKind;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/**
 * Whatever commands are sent, in whatever order and with whatever codes, no money leaves a compartment for a provider
 * unless the register's offering it names is one the compartment's conditions allow, given by that provider: its
 * type, recognition, sectors, level, the occupations it leads to and its provider.
 */
class PaymentConditionsProperties {

    private static final List<String> SECTORS = List.of("techniek", "zorg", "ict");
    // ISCO-08 unit groups an offering may lead to, and the codes a funder may name (a shorter code: all under it)
    private static final List<String> UNIT_GROUPS = List.of("2221", "2222", "3221", "5321", "7126");
    private static final List<String> OCCUPATION_CODES = List.of("2", "22", "222", "2221", "3221", "53", "7126");
    private static final List<String> KVK = List.of("10000000", "10000001", "10000002");
    private static final List<TransferCode> CODES = List.of(
            TransferCode.SPEND, TransferCode.SPEND, TransferCode.ADJUSTMENT, TransferCode.DEPOSIT, TransferCode.GRANT);

    record Offering(
            int provider,
            OfferingType type,
            boolean recognised,
            Set<String> sectors,
            @Nullable Integer level,
            Set<String> occupations) {}

    record Conditions(
            Set<OfferingType> types,
            boolean recognisedOnly,
            @Nullable Integer offering,
            Set<String> sectors,
            Set<Integer> levels,
            Set<String> occupations,
            Set<String> providers) {}

    sealed interface Step {}

    record Pay(
            boolean hold,
            int compartment,
            int payee,
            @Nullable Integer offering,
            TransferCode code,
            long amount) implements Step {}

    record Settle(int hold, @Nullable Long amount) implements Step {}

    record Release(int hold) implements Step {}

    record Reverse(int refund) implements Step {}

    @Provide
    Arbitrary<List<Offering>> offerings() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.of(OfferingType.class),
                        Arbitraries.of(true, false),
                        Arbitraries.of(SECTORS).set().ofMaxSize(2),
                        Arbitraries.integers().between(1, 8).injectNull(0.2),
                        Arbitraries.of(UNIT_GROUPS).set().ofMaxSize(2))
                .as(Offering::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<Conditions>> conditions() {
        // Often no restriction on a dimension, so that payments go through as well as get refused; the conditions on
        // level, occupation and provider less often still, so that with seven dimensions enough payments pass.
        return Combinators.combine(
                        Arbitraries.of(OfferingType.class)
                                .set()
                                .ofMinSize(1)
                                .ofMaxSize(4)
                                .injectNull(0.6),
                        Arbitraries.of(true, false, false),
                        Arbitraries.integers().between(0, 4).injectNull(0.7),
                        Arbitraries.of(SECTORS).set().ofMinSize(1).ofMaxSize(2).injectNull(0.6),
                        Arbitraries.integers()
                                .between(1, 8)
                                .set()
                                .ofMinSize(1)
                                .ofMaxSize(4)
                                .injectNull(0.8),
                        Arbitraries.of(OCCUPATION_CODES)
                                .set()
                                .ofMinSize(1)
                                .ofMaxSize(2)
                                .injectNull(0.8),
                        Arbitraries.of(KVK).set().ofMinSize(1).ofMaxSize(2).injectNull(0.8))
                .as((types, recognised, offering, sectors, levels, occupations, providers) -> new Conditions(
                        types == null ? Set.of() : types,
                        recognised,
                        offering,
                        sectors == null ? Set.of() : sectors,
                        levels == null ? Set.of() : levels,
                        occupations == null ? Set.of() : occupations,
                        providers == null ? Set.of() : providers))
                .list()
                .ofMinSize(1)
                .ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> pay = Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.frequency(
                                net.jqwik.api.Tuple.of(3, -1),
                                net.jqwik.api.Tuple.of(1, 0),
                                net.jqwik.api.Tuple.of(1, 1),
                                net.jqwik.api.Tuple.of(1, 2)),
                        Arbitraries.integers().between(0, 5).injectNull(0.1),
                        Arbitraries.of(CODES),
                        Arbitraries.longs().between(1, 30_000))
                .as(Pay::new);
        Arbitrary<Step> settle = Combinators.combine(
                        Arbitraries.integers().between(0, 20),
                        Arbitraries.longs().between(1, 30_000).injectNull(0.5))
                .as(Settle::new);
        Arbitrary<Step> release = Arbitraries.integers().between(0, 20).map(Release::new);
        Arbitrary<Step> reverse = Arbitraries.integers().between(0, 2).map(Reverse::new);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, pay),
                        net.jqwik.api.Tuple.of(2, settle),
                        net.jqwik.api.Tuple.of(1, release),
                        net.jqwik.api.Tuple.of(1, reverse))
                .list()
                .ofMinSize(10)
                .ofMaxSize(40);
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void noCommandSequencePaysAProviderAgainstACompartmentsConditions(
            @ForAll("offerings") List<Offering> offerings,
            @ForAll("conditions") List<Conditions> conditions,
            @ForAll("steps") List<Step> steps) {
        Account funder = Books.funder("funder", 10_000_000);
        List<Account> providers = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            providers.add(Books.provider("provider-" + p).with(new Balances(0, 100_000, 0, 0)));
        }
        Map<String, Purpose> register = new HashMap<>();
        for (int o = 0; o < offerings.size(); o++) {
            Offering offering = offerings.get(o);
            register.put(
                    "offering-" + o,
                    new Purpose(
                            "offering-" + o,
                            providers.get(offering.provider()).id(),
                            offering.type(),
                            offering.recognised(),
                            offering.sectors(),
                            offering.level(),
                            offering.occupations(),
                            KVK.get(offering.provider())));
        }
        List<Account> compartments = new ArrayList<>();
        for (int c = 0; c < conditions.size(); c++) {
            Conditions given = conditions.get(c);
            compartments.add(Account.open(
                            OpenAccount.compartment(
                                    AccountId.derived("compartment-" + c),
                                    funder.unit(),
                                    new CompartmentTerms(
                                            OWNER,
                                            funder.id(),
                                            "Budget " + c,
                                            new CompartmentConditions(
                                                    given.types(),
                                                    given.recognisedOnly(),
                                                    given.offering() == null ? null : "offering-" + given.offering(),
                                                    given.sectors(),
                                                    given.levels(),
                                                    given.occupations(),
                                                    given.providers()),
                                            null,
                                            TODAY.plusYears(1),
                                            ExpiryRule.RETURN_TO_FUNDER)),
                            NOW)
                    .with(new Balances(0, 100_000, 0, 0)));
        }
        // Refunds already booked (provider -> compartment), which a reversal would turn back into payments.
        List<ReversibleState> refunds = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            refunds.add(new ReversibleState(
                    new Transfer(
                            TransferId.derived("refund-" + r),
                            CommandId.derived("refund-" + r),
                            TransferKind.POSTED,
                            providers.get(r).id(),
                            compartments.get(r % compartments.size()).id(),
                            1_000,
                            funder.unit(),
                            TransferCode.REVERSAL,
                            null,
                            null,
                            null,
                            null,
                            NOW),
                    false));
        }
        List<Account> all = new ArrayList<>(compartments);
        all.addAll(providers);
        all.add(funder);
        Book book = new Book(all, List.of(), refunds, register, NOW, TODAY);

        List<TransferId> holds = new ArrayList<>();
        for (Step step : steps) {
            TransferOrder order = switch (step) {
                case Pay pay -> {
                    AccountId from = compartments
                            .get(pay.compartment() % compartments.size())
                            .id();
                    String offering = pay.offering() == null ? null : "offering-" + pay.offering();
                    Purpose named = offering == null ? null : register.get(offering);
                    // payee -1: the provider of the offering named, as an honest client would send it
                    AccountId to = pay.payee() < 0 && named != null
                            ? named.provider()
                            : providers.get(Math.max(0, pay.payee())).id();
                    yield pay.hold()
                            ? new TransferOrder.Hold(from, to, pay.amount(), pay.code(), null, null, offering)
                            : new TransferOrder.Move(from, to, pay.amount(), pay.code(), null, offering);
                }
                case Settle settle -> new TransferOrder.Settle(pick(holds, settle.hold()), settle.amount());
                case Release release -> new TransferOrder.Release(pick(holds, release.hold()));
                case Reverse reverse ->
                    new TransferOrder.Reverse(TransferId.derived("refund-" + reverse.refund()), null);
            };
            CommandId id = CommandId.random();
            if (book.execute(LedgerCommand.of(id, order)) instanceof nl.leerbudget.ledger.CommandResult.Executed
                    && order instanceof TransferOrder.Hold) {
                holds.add(new TransferId(id.value()));
            }
        }

        // The property must see payments that went through, not only refusals.
        net.jqwik.api.statistics.Statistics.label("some payment executed")
                .collect(!book.purposes().isEmpty());
        net.jqwik.api.statistics.Statistics.label("some payment executed")
                .coverage(checker -> checker.check(true).percentage(p -> p > 20));
        Map<AccountId, Account> byId = new HashMap<>();
        all.forEach(a -> byId.put(a.id(), a));
        for (Transfer transfer : book.transfers()) {
            Account debit = byId.get(transfer.debit());
            Account credit = byId.get(transfer.credit());
            if (debit.kind() != AccountKind.COMPARTMENT || credit.kind() != AccountKind.PROVIDER_PAYABLE) {
                continue;
            }
            TransferId paidFor = transfer.kind() == TransferKind.POSTED || transfer.kind() == TransferKind.PENDING
                    ? transfer.id()
                    : java.util.Objects.requireNonNull(transfer.pending());
            Purpose purpose = book.purposes().get(paidFor);
            assertThat(purpose).as("purpose of %s", transfer).isNotNull();
            assertThat(transfer.code()).isEqualTo(TransferCode.SPEND);
            assertThat(purpose.provider()).isEqualTo(credit.id());
            CompartmentConditions allowed = debit.compartment().conditions();
            assertThat(allowed.refusal(purpose))
                    .as("conditions of %s", debit.id())
                    .isEmpty();
            // The conditions on level, occupation and provider, checked here without the ledger's own rule.
            if (!allowed.levels().isEmpty()) {
                assertThat(allowed.levels()).contains(purpose.level());
            }
            if (!allowed.occupations().isEmpty()) {
                assertThat(purpose.occupations())
                        .anySatisfy(group -> assertThat(allowed.occupations())
                                .anySatisfy(code -> assertThat(group).startsWith(code)));
            }
            if (!allowed.providers().isEmpty()) {
                assertThat(allowed.providers()).contains(purpose.providerKvk());
            }
        }
    }

    private static TransferId pick(List<TransferId> holds, int index) {
        return holds.isEmpty() ? TransferId.derived("no-hold") : holds.get(index % holds.size());
    }
}
