package nl.leerbudget.overview.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.Purpose;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.overview.PlanPolicy;
import nl.leerbudget.overview.Source;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;

/** Compartments and offerings for plan tests, written compactly as in the rule tables. */
final class Plans {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    static final LocalDate START = LocalDate.of(2027, 9, 1);
    static final LearningAccountId OWNER = LearningAccountId.derived("fatima");
    static final String OFFERING = "mbo-certificaat-elektro";
    static final AccountId PROVIDER = AccountId.derived("roc");

    /**
     * A recognised mbo certificate in technology at level 3, towards electrician (ISCO 7411), given by the provider
     * with KvK number 30000001.
     */
    static Offer mboCertificate(long priceCents, long eligibleCents) {
        return new Offer(
                new Purpose(
                        OFFERING,
                        PROVIDER,
                        OfferingType.MBO_CERTIFICATE,
                        true,
                        Set.of("techniek"),
                        3,
                        Set.of("7411"),
                        "30000001"),
                3,
                "Eerste monteur elektrotechniek",
                Money.cents(priceCents),
                Money.cents(eligibleCents));
    }

    static PlanPolicy policy(long minimumCents, Set<PlanPolicy.Circumstance> exemptions) {
        PlanPolicy builtIn = PlanPolicyReader.builtIn();
        return new PlanPolicy(
                builtIn.id(),
                builtIn.version(),
                builtIn.description(),
                builtIn.effectiveFrom(),
                builtIn.order(),
                Money.cents(minimumCents),
                exemptions);
    }

    /**
     * Budgets written as {@code name:SOURCE:available-cents:valid-until:condition}, separated by {@code ;}. Conditions:
     * {@code none}, {@code earmarked} (this offering), {@code other} (another offering), {@code recognised},
     * {@code short-course} (short courses only), {@code zorg} (the care sector only), {@code level-6} (level 6 only),
     * {@code care-work} (training towards ISCO 532, care workers), {@code electrician} (towards ISCO 74, electrical
     * trades), {@code other-provider} (another provider's training only), {@code later} (valid from next year),
     * {@code expired} (marked expired by the ledger). A valid-until of {@code -} is no end.
     */
    static List<Budget> budgets(String text) {
        List<Budget> budgets = new ArrayList<>();
        if (text.isBlank()) {
            return budgets;
        }
        for (String item : text.split(";")) {
            String[] f = item.strip().split(":");
            String name = f[0];
            Source source = Source.valueOf(f[1]);
            long available = Long.parseLong(f[2]);
            LocalDate until = f[3].equals("-") ? null : LocalDate.parse(f[3]);
            String condition = f[4];
            CompartmentConditions conditions = switch (condition) {
                case "earmarked" -> new CompartmentConditions(Set.of(), false, OFFERING, Set.of());
                case "other" -> new CompartmentConditions(Set.of(), false, "iets-anders", Set.of());
                case "recognised" -> new CompartmentConditions(Set.of(), true, null, Set.of());
                case "short-course" ->
                    new CompartmentConditions(Set.of(OfferingType.SHORT_COURSE), false, null, Set.of());
                case "zorg" -> new CompartmentConditions(Set.of(), false, null, Set.of("zorg"));
                case "level-6" ->
                    new CompartmentConditions(Set.of(), false, null, Set.of(), Set.of(6), Set.of(), Set.of());
                case "care-work" ->
                    new CompartmentConditions(Set.of(), false, null, Set.of(), Set.of(), Set.of("532"), Set.of());
                case "electrician" ->
                    new CompartmentConditions(Set.of(), false, null, Set.of(), Set.of(3), Set.of("74"), Set.of());
                case "other-provider" ->
                    new CompartmentConditions(Set.of(), false, null, Set.of(), Set.of(), Set.of(), Set.of("99999999"));
                default -> CompartmentConditions.NONE;
            };
            LocalDate from = condition.equals("later") ? TODAY.plusYears(1) : null;
            budgets.add(new Budget(
                    AccountId.derived(name),
                    name,
                    source,
                    Unit.EUR,
                    new CompartmentTerms(
                            OWNER,
                            AccountId.derived("funder-" + name),
                            name,
                            conditions,
                            from,
                            until,
                            ExpiryRule.RETURN_TO_FUNDER),
                    available,
                    condition.equals("expired")));
        }
        return budgets;
    }

    private Plans() {}
}
