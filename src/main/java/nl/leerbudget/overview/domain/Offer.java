package nl.leerbudget.overview.domain;

import java.util.Objects;
import nl.leerbudget.ledger.Purpose;
import nl.leerbudget.shared.Money;

/**
 * The offering a plan is for, as the register knows it at one version.
 *
 * @param purpose what the ledger checks a payment against: the offering, its provider's payable account, its type,
 *     recognition and fields of study, exactly as the register tells the ledger
 * @param price the price including VAT
 * @param eligibleCost the part of the price that learning money may pay (not materials)
 */
public record Offer(Purpose purpose, int version, String name, Money price, Money eligibleCost) {

    public Offer {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(name, "name");
        if (price.isNegative() || eligibleCost.isNegative()) {
            throw new IllegalArgumentException("a price is never negative");
        }
    }
}
