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
 * @param units for an instrument whose budget is in hours or study credits: the units granted, used and
 *     outstanding, and the price that valued them; empty when every budget is in euros
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
        List<Reach> reach,
        List<Units> units) {

    public YearFigures {
        reach = List.copyOf(Objects.requireNonNull(reach, "reach"));
        units = List.copyOf(Objects.requireNonNull(units, "units"));
    }

    /** A year whose budgets are all in euros. */
    public YearFigures(
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
        this(
                year,
                publicCents,
                executionCents,
                privateCents,
                spentCents,
                lapsedCents,
                liabilityCents,
                accountBalanceCents,
                participants,
                grants,
                reach,
                List.of());
    }

    /**
     * Reach of one group.
     *
     * @param dimension {@code opleidingsniveau}, {@code leeftijd}, {@code arbeidspositie} or {@code sector}
     */
    public record Reach(String dimension, String group, long reached, long people, long publicCents) {}

    /**
     * An instrument's budget in hours or study credits, for the whole country, in hundredths of the unit.
     *
     * @param instrument {@code leerrecht}
     * @param granted units that became available this year (rights that opened)
     * @param used units used this year; their cost is in {@code usedCents} and within the year's public cost
     * @param outstanding units still owed at the end of the year (the liability, in units)
     * @param priceCents the price of one unit this year, which valued the use, lapses and the liability
     * @param usedCents the public cost of {@code used}: each person's use at {@code priceCents}, rounded half up
     */
    public record Units(
            String instrument,
            BudgetUnit unit,
            long granted,
            long used,
            long outstanding,
            long priceCents,
            long usedCents) {

        public Units {
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(unit, "unit");
        }
    }
}
