package nl.leerbudget.rights;

import static nl.leerbudget.rights.domain.Wording.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.leerbudget.rights.RightsPolicy.Neutral;
import nl.leerbudget.rights.RightsPolicy.Regressive;
import nl.leerbudget.rights.domain.NeutralRule;
import nl.leerbudget.rights.domain.RegressiveRule;
import nl.leerbudget.rights.domain.ValidityRule;
import nl.leerbudget.rights.domain.Wording;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Computes a person's learning right: a pure function of the policy, the reference costs, the birth date and the
 * education history. The same inputs always give the same right and the same explanation; nothing is read from a
 * clock, a database or the environment, so batches, web pages and the policy simulator share it.
 */
public final class Entitlement {

    private Entitlement() {}

    public static Assessment assess(
            RightsPolicy policy, ReferenceCosts costs, LocalDate birthDate, EducationHistory history) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(history, "history");
        RightBasis basis = new RightBasis(policy.id(), policy.version(), costs.version(), history.version());
        List<TraceLine> lines = new ArrayList<>();
        lines.add(new TraceLine(
                "policy",
                0,
                "Berekend met beleid " + policy.id() + " (versie " + policy.version() + ") en kostentabel "
                        + costs.version() + ".",
                policy.description()));

        Reckoning reckoning = reckon(policy, costs, birthDate, history, true);
        ValidityRule.Result validity = reckoning.validity();
        Money amount = reckoning.amount();
        if (amount == null) {
            lines.addAll(validity.lines());
            String reason = "U bereikt de AOW-leeftijd op " + date(validity.pensionAgeReached())
                    + ". Het leerrecht zou pas beginnen op " + date(validity.validFrom())
                    + ". Daarom heeft u geen leerrecht.";
            lines.add(new TraceLine("validity.pension-age-reached", 0, reason, null));
            return new Assessment.NotEntitled(
                    history.person(), basis, "validity.pension-age-reached", reason, new Trace(lines));
        }
        lines.addAll(reckoning.lines());
        lines.add(new TraceLine("right.amount", 0, "Uw leerrecht: " + Wording.money(amount) + ".", null));
        lines.addAll(validity.lines());
        lines.add(new TraceLine("right.conditions", 0, Wording.conditions(policy.conditions()), null));
        return new Assessment.Entitled(new LearningRight(
                history.person(),
                amount,
                validity.validFrom(),
                validity.validUntil(),
                policy.conditions(),
                basis,
                new Trace(lines)));
    }

    /**
     * The amount and dates of the right {@link #assess} gives, computed by the same rules without building the
     * explanation: for bulk callers such as the policy simulator, which need millions of amounts and no text. Empty
     * where {@code assess} answers {@link Assessment.NotEntitled}.
     */
    public static Optional<Amount> amount(
            RightsPolicy policy, ReferenceCosts costs, LocalDate birthDate, EducationHistory history) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(history, "history");
        Reckoning reckoning = reckon(policy, costs, birthDate, history, false);
        Money amount = reckoning.amount();
        if (amount == null) {
            return Optional.empty();
        }
        ValidityRule.Result validity = reckoning.validity();
        return Optional.of(new Amount(amount, validity.validFrom(), validity.validUntil()));
    }

    /** A right's amount and the days it may be used (both included), without its explanation. */
    public record Amount(Money amount, LocalDate validFrom, LocalDate validUntil) {
        public Amount {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(validUntil, "validUntil");
        }
    }

    /** What both entry points share: the dates, and the amount (null when the right would start too late). */
    private record Reckoning(
            ValidityRule.Result validity, @Nullable Money amount, List<TraceLine> lines) {}

    private static Reckoning reckon(
            RightsPolicy policy, ReferenceCosts costs, LocalDate birthDate, EducationHistory history, boolean explain) {
        ValidityRule.Result validity =
                explain ? ValidityRule.of(policy, birthDate, history) : ValidityRule.dates(policy, birthDate, history);
        if (validity.endsBeforeItStarts()) {
            return new Reckoning(validity, null, List.of());
        }
        return switch (policy.variant()) {
            case Regressive regressive -> {
                if (explain) {
                    RegressiveRule.Result result = RegressiveRule.apply(regressive, history, costs);
                    yield new Reckoning(validity, result.amount(), result.lines());
                }
                yield new Reckoning(validity, RegressiveRule.amount(regressive, history, costs), List.of());
            }
            case Neutral neutral ->
                new Reckoning(validity, neutral.amount(), explain ? NeutralRule.explain(neutral) : List.of());
        };
    }
}
