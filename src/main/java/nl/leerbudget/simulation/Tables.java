package nl.leerbudget.simulation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The outputs of one or more projections as CSV (comma-separated, a header line, amounts in euros with a decimal
 * point, one file for costs per year, one for reach by group and one for budgets in hours or study credits) and as
 * a plain-text table for a terminal.
 */
public final class Tables {

    public static final String COSTS_HEADER = "scenario,seed,year,public_eur,execution_eur,private_eur,spent_eur,"
            + "lapsed_eur,liability_eur,account_balance_eur,participants,grants";

    public static final String REACH_HEADER =
            "scenario,seed,year,dimension,group,reached,people,reached_share,public_eur";

    public static final String UNITS_HEADER =
            "scenario,seed,year,instrument,unit,granted,used,outstanding,unit_price_eur,used_eur";

    private Tables() {}

    /**
     * Budgets in hours or study credits, per scenario, year and instrument: the units granted, used and outstanding
     * (with two decimals) and their price and public cost in euros. Only the header when every budget is in euros.
     */
    public static String unitsCsv(List<Projection> projections) {
        StringBuilder csv = new StringBuilder(UNITS_HEADER).append('\n');
        for (Projection projection : projections) {
            for (YearFigures year : projection.years()) {
                for (YearFigures.Units units : year.units()) {
                    row(
                            csv,
                            projection,
                            year,
                            units.instrument(),
                            units.unit().code(),
                            euros(units.granted()),
                            euros(units.used()),
                            euros(units.outstanding()),
                            euros(units.priceCents()),
                            euros(units.usedCents()));
                }
            }
        }
        return csv.toString();
    }

    public static String costsCsv(List<Projection> projections) {
        StringBuilder csv = new StringBuilder(COSTS_HEADER).append('\n');
        for (Projection projection : projections) {
            for (YearFigures year : projection.years()) {
                row(
                        csv,
                        projection,
                        year,
                        euros(year.publicCents()),
                        euros(year.executionCents()),
                        euros(year.privateCents()),
                        euros(year.spentCents()),
                        euros(year.lapsedCents()),
                        euros(year.liabilityCents()),
                        euros(year.accountBalanceCents()),
                        year.participants(),
                        year.grants());
            }
        }
        return csv.toString();
    }

    public static String reachCsv(List<Projection> projections) {
        StringBuilder csv = new StringBuilder(REACH_HEADER).append('\n');
        for (Projection projection : projections) {
            for (YearFigures year : projection.years()) {
                for (YearFigures.Reach reach : year.reach()) {
                    row(
                            csv,
                            projection,
                            year,
                            reach.dimension(),
                            quoted(reach.group()),
                            reach.reached(),
                            reach.people(),
                            String.format(
                                    Locale.ROOT,
                                    "%.4f",
                                    reach.people() == 0 ? 0.0 : (double) reach.reached() / reach.people()),
                            euros(reach.publicCents()));
                }
            }
        }
        return csv.toString();
    }

    /** One line: the scenario, the seed and the year, then the values, separated by commas. */
    private static void row(StringBuilder csv, Projection projection, YearFigures year, Object... values) {
        csv.append(projection.scenario().id())
                .append(',')
                .append(projection.seed())
                .append(',')
                .append(year.year());
        for (Object value : values) {
            csv.append(',').append(value);
        }
        csv.append('\n');
    }

    /** Costs per year of every projection, in millions of euros, for a terminal. */
    public static String text(List<Projection> projections) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "%-22s %5s %12s %12s %12s %14s %12s%n",
                "scenario",
                "jaar",
                "publiek mln",
                "uitvoering",
                "privaat mln",
                "verplichting",
                "deelnemers"));
        for (Projection projection : projections) {
            for (YearFigures year : projection.years()) {
                text.append(String.format(
                        Locale.ROOT,
                        "%-22s %5d %12.1f %12.1f %12.1f %14.1f %12d%n",
                        projection.scenario().id(),
                        year.year(),
                        year.publicCents() / 1e8,
                        year.executionCents() / 1e8,
                        year.privateCents() / 1e8,
                        year.liabilityCents() / 1e8,
                        year.participants()));
            }
        }
        return text.toString();
    }

    static String euros(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static String quoted(String text) {
        return text.contains(",") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
