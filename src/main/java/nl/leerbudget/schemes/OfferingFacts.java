package nl.leerbudget.schemes;

import java.util.Objects;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;

/**
 * What the rules of a scheme need to know about an offering, as the register shows it.
 *
 * @param recognised OCW-recognised (publicly funded) education
 * @param admitted the register admitted the offering (status ADMITTED)
 * @param eligibleCost the part of the price that public money may pay (tuition, exam; not materials)
 */
public record OfferingFacts(OfferingType type, boolean recognised, boolean admitted, Money eligibleCost) {

    public OfferingFacts {
        Objects.requireNonNull(type, "type");
        if (eligibleCost.isNegative()) {
            throw new IllegalArgumentException("an eligible cost is not negative");
        }
    }
}
