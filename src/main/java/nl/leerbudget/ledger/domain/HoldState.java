package nl.leerbudget.ledger.domain;

import nl.leerbudget.ledger.Transfer;

/** A pending transfer and whether it has been settled or released. */
public record HoldState(Transfer hold, boolean resolved) {

    HoldState resolve() {
        return new HoldState(hold, true);
    }
}
