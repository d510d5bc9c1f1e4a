package nl.leerbudget.ledger;

import java.util.Objects;

/**
 * A transfer that moved money into or out of one compartment of a learning account, as that compartment sees it: a
 * line of the person's statement.
 *
 * @param change what the transfer did to the compartment's posted balance: positive in, negative out, never zero
 */
public record Movement(Transfer transfer, AccountId compartment, long change) {

    public Movement {
        Objects.requireNonNull(transfer, "transfer");
        Objects.requireNonNull(compartment, "compartment");
        if (change == 0) {
            throw new IllegalArgumentException("a movement moves money");
        }
    }

    /** The other account of the transfer: the funder, scheme budget, provider or state account. */
    public AccountId counterparty() {
        return transfer.debit().equals(compartment) ? transfer.credit() : transfer.debit();
    }
}
