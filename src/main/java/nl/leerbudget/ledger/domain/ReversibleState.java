package nl.leerbudget.ledger.domain;

import nl.leerbudget.ledger.Transfer;

/** A transfer that may be reversed, and whether it already has been. */
public record ReversibleState(Transfer transfer, boolean reversed) {

    ReversibleState reverse() {
        return new ReversibleState(transfer, true);
    }
}
