package nl.leerbudget.ledger.domain;

import java.util.List;
import nl.leerbudget.ledger.LedgerInvariants;

/** The ledger's invariants checked over everything stored. */
public interface Invariants {

    /** The violations of every rule, at most {@code limit} per rule, in account id order. */
    List<LedgerInvariants.Violation> violations(int limit);
}
