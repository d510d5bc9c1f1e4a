package nl.leerbudget.schemes;

import java.util.List;
import java.util.Objects;

/**
 * Whether a person may apply in a window, judged on the rules about the person alone (S0 to S5, and A1 once they
 * applied in it). The rules about the offering (S6 to S9) follow when they choose one ({@link Schemes#check}).
 */
public sealed interface Qualification permits Qualification.MayQualify, Qualification.DoesNotQualify {

    /** No rule about the person stands in the way; whether they qualify depends on the offering they choose. */
    record MayQualify() implements Qualification {}

    /** One or more rules about the person are not met; every failing rule is listed, in the order of their ids. */
    record DoesNotQualify(List<Reason> reasons) implements Qualification {
        public DoesNotQualify {
            reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a person who does not qualify is told why");
            }
        }
    }

    static Qualification of(List<Reason> reasons) {
        return reasons.isEmpty() ? new MayQualify() : new DoesNotQualify(reasons);
    }
}
