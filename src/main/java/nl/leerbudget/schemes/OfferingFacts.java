package nl.leerbudget.schemes;

import java.util.Objects;
import java.util.Set;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;

/**
 * What the rules of a scheme need to know about an offering, as the register shows it.
 *
 * @param recognised OCW-recognised (publicly funded) education
 * @param admitted the register admitted the offering (status ADMITTED)
 * @param eligibleCost the part of the price that public money may pay (tuition, exam; not materials)
 * @param fields the fields of work the offering leads to, as the register codes them (vakgebieden such as {@code
 *     zorg}, {@code techniek}); empty when the register names none
 */
public record OfferingFacts(
        OfferingType type, boolean recognised, boolean admitted, Money eligibleCost, Set<String> fields) {

    public OfferingFacts {
        Objects.requireNonNull(type, "type");
        if (eligibleCost.isNegative()) {
            throw new IllegalArgumentException("an eligible cost is not negative");
        }
        fields = Set.copyOf(Objects.requireNonNull(fields, "fields"));
    }

    public OfferingFacts(OfferingType type, boolean recognised, boolean admitted, Money eligibleCost) {
        this(type, recognised, admitted, eligibleCost, Set.of());
    }
}
