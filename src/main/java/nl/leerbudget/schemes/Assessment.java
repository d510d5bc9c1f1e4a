package nl.leerbudget.schemes;

import java.util.List;
import java.util.Objects;
import nl.leerbudget.shared.Money;

/** Whether a person with an offering qualifies for a scheme on a day, and for how much. */
public sealed interface Assessment permits Assessment.Eligible, Assessment.Ineligible {

    /**
     * Every rule is met.
     *
     * @param grantAmount what the scheme pays, positive
     * @param ownContribution what the person pays of the eligible cost themselves: the eligible cost minus the grant
     *     and the co-financing
     * @param coFinancing what a co-financer (employer, sector fund) pays of it under the scheme's co-financing rule
     * @param explanation in Dutch at language level B1
     */
    record Eligible(Money grantAmount, Money ownContribution, Money coFinancing, String explanation)
            implements Assessment {
        public Eligible {
            if (!grantAmount.isPositive() || ownContribution.isNegative() || coFinancing.isNegative()) {
                throw new IllegalArgumentException(
                        "a grant is positive, an own contribution and a co-financing not negative");
            }
            if (explanation.isBlank()) {
                throw new IllegalArgumentException("an eligible assessment explains itself");
            }
        }

        public Eligible(Money grantAmount, Money ownContribution, String explanation) {
            this(grantAmount, ownContribution, Money.ZERO, explanation);
        }
    }

    /** One or more rules are not met; every failing rule is listed, in the order of their ids. */
    record Ineligible(List<Reason> reasons) implements Assessment {
        public Ineligible {
            reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("an ineligible assessment gives at least one reason");
            }
        }

        public List<String> ruleIds() {
            return reasons.stream().map(Reason::ruleId).toList();
        }
    }
}
