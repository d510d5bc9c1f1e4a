package nl.leerbudget.overview.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.Purpose;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.ledger.domain.Account;
import nl.leerbudget.ledger.domain.Balances;
import nl.leerbudget.ledger.domain.Book;
import nl.leerbudget.overview.FinancingPlan;
import nl.leerbudget.overview.PlanPolicy;
import nl.leerbudget.overview.Source;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/**
 * Whatever compartments a person has and whatever the offering, the quoted plan executed as ledger holds (one
 * command, one hold per paying line, for the offering, to the provider) is accepted by the ledger's posting engine and
 * moves exactly the quoted amounts out of exactly the quoted compartments; cancelling then releases exactly those holds
 * to the compartments they came from, and a start settles what the settlement rule says and releases the rest.
 */
class PlanExecutionProperties {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final LearningAccountId OWNER = LearningAccountId.derived("owner");
    private static final AccountId PROVIDER = AccountId.derived("provider");
    private static final List<String> SECTORS = List.of("techniek", "zorg", "ict");

    record Given(
            Source source,
            long available,
            @Nullable Integer fromDays,
            @Nullable Integer untilDays,
            Set<OfferingType> types,
            boolean recognisedOnly,
            String earmark,
            Set<String> sectors) {}

    @Provide
    Arbitrary<List<Given>> compartments() {
        Arbitrary<Integer> days = Arbitraries.integers().between(-400, 400);
        return Combinators.combine(
                        Arbitraries.of(Source.class),
                        Arbitraries.longs().between(0, 300_000),
                        days.injectNull(0.7),
                        days.injectNull(0.3),
                        Arbitraries.of(OfferingType.class).set().ofMaxSize(3),
                        Arbitraries.of(true, false, false),
                        Arbitraries.of("none", "none", "none", "this", "other"),
                        Arbitraries.of(SECTORS).set().ofMaxSize(2))
                .as(Given::new)
                .filter(g -> g.fromDays() == null || g.untilDays() == null || g.untilDays() >= g.fromDays())
                .list()
                .ofMaxSize(6);
    }

    @Provide
    Arbitrary<Purpose> purposes() {
        return Combinators.combine(
                        Arbitraries.of(OfferingType.class),
                        Arbitraries.of(true, false),
                        Arbitraries.of(SECTORS).set().ofMaxSize(2))
                .as((type, recognised, sectors) -> new Purpose("offering", PROVIDER, type, recognised, sectors));
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.MIXIN)
    void theQuotedPlanHeldInTheLedgerMovesExactlyTheQuotedAmounts(
            @ForAll("compartments") List<Given> given,
            @ForAll("purposes") Purpose purpose,
            @ForAll("prices") long price,
            @ForAll("prices") long eligible,
            @ForAll("minimums") long minimum,
            @ForAll boolean cancel,
            @ForAll("prices") long finalAmount) {
        List<Budget> budgets = new ArrayList<>();
        List<Account> accounts = new ArrayList<>();
        AccountId funder = AccountId.derived("funder");
        accounts.add(Account.open(
                        new OpenAccount(
                                funder,
                                AccountKind.FUNDER,
                                Unit.EUR,
                                "funder",
                                false,
                                nl.leerbudget.ledger.FunderType.EMPLOYER,
                                null),
                        NOW)
                .with(new Balances(0, 10_000_000, 0, 0)));
        accounts.add(Account.open(
                new OpenAccount(PROVIDER, AccountKind.PROVIDER_PAYABLE, Unit.EUR, "provider", false, null, null), NOW));
        for (int i = 0; i < given.size(); i++) {
            Given g = given.get(i);
            CompartmentTerms terms = new CompartmentTerms(
                    OWNER,
                    funder,
                    "Potje " + i,
                    new CompartmentConditions(
                            g.types(),
                            g.recognisedOnly(),
                            switch (g.earmark()) {
                                case "this" -> "offering";
                                case "other" -> "elsewhere";
                                default -> null;
                            },
                            g.sectors()),
                    g.fromDays() == null ? null : TODAY.plusDays(g.fromDays()),
                    g.untilDays() == null ? null : TODAY.plusDays(g.untilDays()),
                    ExpiryRule.RETURN_TO_FUNDER);
            AccountId id = AccountId.derived("compartment-" + i);
            budgets.add(new Budget(id, terms.label(), g.source(), Unit.EUR, terms, g.available(), false));
            accounts.add(Account.open(OpenAccount.compartment(id, Unit.EUR, terms), NOW)
                    .with(new Balances(0, g.available(), 0, 0)));
        }
        PlanPolicy policy = new PlanPolicy(
                "p", 1, "test", TODAY, PlanPolicyReader.builtIn().order(), Money.cents(minimum), Set.of());
        FinancingPlan plan = PlanRules.plan(
                new Offer(purpose, 1, "Opleiding", Money.cents(price), Money.cents(eligible)),
                TODAY.plusMonths(2),
                TODAY,
                budgets,
                policy,
                Set.of());
        Book book = new Book(accounts, List.of(), List.of(), Map.of("offering", purpose), NOW, TODAY);

        if (plan.payments().isEmpty()) {
            return; // nothing to hold: a command moves money or opens an account
        }
        List<TransferOrder> holds = plan.payments().stream()
                .<TransferOrder>map(p -> new TransferOrder.Hold(
                        p.compartment(), PROVIDER, p.amount().cents(), TransferCode.SPEND, null, "Plan", "offering"))
                .toList();
        CommandResult result = book.execute(new LedgerCommand(CommandId.derived("plan"), List.of(), holds));

        assertThat(result).as("%s", result).isInstanceOf(CommandResult.Executed.class);
        for (Budget budget : budgets) {
            long quoted = plan.payments().stream()
                    .filter(p -> p.compartment().equals(budget.id()))
                    .mapToLong(p -> p.amount().cents())
                    .sum();
            Account after = book.account(budget.id()).orElseThrow();
            assertThat(after.balances().available()).isEqualTo(budget.available() - quoted);
            assertThat(after.balances().debitsPending()).isEqualTo(quoted);
        }
        assertThat(book.account(PROVIDER).orElseThrow().balances().creditsPending())
                .isEqualTo(plan.covered().cents());

        // The booking ends: cancelled (every hold released) or started at a final price (settled as Settlements says,
        // the rest released). Either way each compartment ends at what it had less what it paid, nothing pending.
        List<Long> paid;
        if (cancel) {
            paid = plan.payments().stream().map(p -> 0L).toList();
        } else {
            var settled = Settlements.settle(
                    plan.payments().stream()
                            .map(p -> new Settlements.Held(p.amount().cents(), false))
                            .toList(),
                    plan.price().cents(),
                    plan.eligibleCost().cents(),
                    plan.minimumOwnPayment().cents(),
                    Math.min(finalAmount, plan.price().cents()));
            paid = ((Settlements.Outcome.Settled) settled).amounts();
        }
        List<TransferOrder> ends = new ArrayList<>();
        for (int i = 0; i < plan.payments().size(); i++) {
            var hold = new LedgerCommand(CommandId.derived("plan"), List.of(), holds).transferId(i);
            ends.add(paid.get(i) == 0 ? new TransferOrder.Release(hold) : new TransferOrder.Settle(hold, paid.get(i)));
        }
        CommandResult ended = book.execute(new LedgerCommand(CommandId.derived("end"), List.of(), ends));

        assertThat(ended).as("%s", ended).isInstanceOf(CommandResult.Executed.class);
        long total = 0;
        for (Budget budget : budgets) {
            long part = 0;
            for (int i = 0; i < plan.payments().size(); i++) {
                if (plan.payments().get(i).compartment().equals(budget.id())) {
                    part += paid.get(i);
                }
            }
            total += part;
            Balances after = book.account(budget.id()).orElseThrow().balances();
            assertThat(after.available()).isEqualTo(budget.available() - part);
            assertThat(after.debitsPending()).isZero();
        }
        Balances provider = book.account(PROVIDER).orElseThrow().balances();
        assertThat(provider.creditsPending()).isZero();
        assertThat(provider.available()).isEqualTo(total);
    }

    @Provide
    Arbitrary<Long> prices() {
        return Arbitraries.longs().between(0, 500_000);
    }

    @Provide
    Arbitrary<Long> minimums() {
        return Arbitraries.of(0L, 0L, 10_000L, 100_000L);
    }
}
