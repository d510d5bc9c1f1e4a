package nl.leerbudget.schemes;

import nl.leerbudget.shared.Money;

/** The money of one application window (aanvraagtijdvak) of a scheme. */
public record Budget(Money total) {

    public Budget {
        if (!total.isPositive()) {
            throw new IllegalArgumentException("a budget is positive");
        }
    }
}
