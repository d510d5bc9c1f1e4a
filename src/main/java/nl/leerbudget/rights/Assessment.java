package nl.leerbudget.rights;

import java.util.Objects;
import nl.leerbudget.shared.PersonId;

/** The outcome of computing a person's learning right under a policy. */
public sealed interface Assessment permits Assessment.Entitled, Assessment.NotEntitled {

    PersonId person();

    Trace trace();

    /** The person has a right (its amount may be zero, when their education used it all). */
    record Entitled(LearningRight right) implements Assessment {
        public Entitled {
            Objects.requireNonNull(right, "right");
        }

        @Override
        public PersonId person() {
            return right.person();
        }

        @Override
        public Trace trace() {
            return right.trace();
        }
    }

    /**
     * The person has no right under this policy, for the reason the rule gives.
     *
     * @param rule the stable id of the rule, such as {@code validity.pension-age}
     * @param reason in Dutch, for the person
     */
    record NotEntitled(PersonId person, RightBasis basis, String rule, String reason, Trace trace)
            implements Assessment {
        public NotEntitled {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(trace, "trace");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("a refusal gives its reason");
            }
        }
    }
}
