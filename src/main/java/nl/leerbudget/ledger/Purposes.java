package nl.leerbudget.ledger;

import java.util.Collection;
import java.util.Map;

/**
 * Where the ledger learns what an offering is, to hold a payment to its compartment's conditions. The training
 * register provides it; the ledger asks it itself for every payment out of a compartment, so that no caller can pass
 * off one training as another.
 */
public interface Purposes {

    /** The offerings the register knows among the given ids; an unknown id is absent from the answer. */
    Map<String, Purpose> find(Collection<String> offeringIds);
}
