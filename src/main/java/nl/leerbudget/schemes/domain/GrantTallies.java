package nl.leerbudget.schemes.domain;

import java.util.List;
import nl.leerbudget.schemes.GrantCount;
import nl.leerbudget.schemes.GrantPosition;
import nl.leerbudget.schemes.GrantTally;
import nl.leerbudget.schemes.ProviderReceipts;
import nl.leerbudget.schemes.WindowBudget;

/** Counts over the granted applications, for statistics. */
public interface GrantTallies {

    /** The people holding at least one grant, by education level and year of birth. */
    List<GrantCount> peopleWithAGrant();

    /** The people holding at least one grant, by labour-market tie, sector and year of birth. */
    List<GrantPosition> peopleWithAGrantByPosition();

    /** Every grant (whatever became of it) counted and summed by window, offering and stage. */
    List<GrantTally> grants();

    /** Every window with its budget, oldest first. */
    List<WindowBudget> windows();

    /** Per provider, the grants with a confirmed start (settled or paid). */
    List<ProviderReceipts> receiptsPerProvider();

    /** Every grant counted by offering and the month it was decided in. */
    List<nl.leerbudget.schemes.GrantMonth> grantsPerMonth();
}
