package nl.leerbudget.simulation;

import java.util.List;
import java.util.Objects;

/**
 * What one simulated year costs and whom it reaches, for the whole country (the synthetic people times their weight),
 * in euro cents.
 *
 * @param publicCents public money spent: vouchers granted, rights used and the state's deposits into learning
 *     accounts, plus the execution costs
 * @param executionCents the execution costs within {@code publicCents}
 * @param privateCents employers' and people's deposits into accounts and what people pay themselves beyond a voucher
 * @param spentCents what was spent on training from every source
 * @param lapsedCents balances and rights that lapsed this year (expiry)
 * @param liabilityCents at the end of the year: unused rights the state must still honour
 * @param accountBalanceCents at the end of the year: what is left in learning accounts, from every depositor
 * @param participants people who trained with money from one of the instruments
 * @param grants vouchers granted
 * @param reach by group: how many people of the group trained with public money, and how many there are
 */
public record YearFigures(
        int year,
        long publicCents,
        long executionCents,
        long privateCents,
        long spentCents,
        long lapsedCents,
        long liabilityCents,
        long accountBalanceCents,
        long participants,
        long grants,
        List<Reach> reach) {

    public YearFigures {
        reach = List.copyOf(Objects.requireNonNull(reach, "reach"));
    }

    /**
     * Reach of one group.
     *
     * @param dimension {@code opleidingsniveau}, {@code leeftijd}, {@code arbeidspositie} or {@code sector}
     */
    public record Reach(String dimension, String group, long reached, long people, long publicCents) {}
}
