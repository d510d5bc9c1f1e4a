package nl.leerbudget.schemes.domain;

import java.util.List;
import nl.leerbudget.schemes.GrantCount;

/** Counts over the granted applications, for statistics. */
public interface GrantTallies {

    /** The people holding at least one grant, by education level and year of birth. */
    List<GrantCount> peopleWithAGrant();
}
