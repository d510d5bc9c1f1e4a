package nl.leerbudget.rights;

import static nl.leerbudget.rights.domain.Wording.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.leerbudget.rights.RightsPolicy.Neutral;
import nl.leerbudget.rights.RightsPolicy.Regressive;
import nl.leerbudget.rights.domain.NeutralRule;
import nl.leerbudget.rights.domain.RegressiveRule;
import nl.leerbudget.rights.domain.ValidityRule;
import nl.leerbudget.rights.domain.Wording;
import nl.leerbudget.shared.Money;

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

        ValidityRule.Result validity = ValidityRule.of(policy, birthDate, history);
        if (validity.endsBeforeItStarts()) {
            lines.addAll(validity.lines());
            String reason = "U bereikt de AOW-leeftijd op " + date(validity.pensionAgeReached())
                    + ". Het leerrecht zou pas beginnen op " + date(validity.validFrom())
                    + ". Daarom heeft u geen leerrecht.";
            lines.add(new TraceLine("validity.pension-age-reached", 0, reason, null));
            return new Assessment.NotEntitled(
                    history.person(), basis, "validity.pension-age-reached", reason, new Trace(lines));
        }

        Money amount = switch (policy.variant()) {
            case Regressive regressive -> {
                RegressiveRule.Result result = RegressiveRule.apply(regressive, history, costs);
                lines.addAll(result.lines());
                yield result.amount();
            }
            case Neutral neutral -> {
                lines.addAll(NeutralRule.explain(neutral));
                yield neutral.amount();
            }
        };
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
}
