package nl.leerbudget.rights.domain;

import static nl.leerbudget.rights.domain.Wording.detail;
import static nl.leerbudget.rights.domain.Wording.line;
import static nl.leerbudget.rights.domain.Wording.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.leerbudget.rights.EducationHistory;
import nl.leerbudget.rights.EducationPeriod;
import nl.leerbudget.rights.EducationSector;
import nl.leerbudget.rights.ReferenceCosts;
import nl.leerbudget.rights.RightsPolicy.PriceYear;
import nl.leerbudget.rights.RightsPolicy.StudyYearPrices;
import nl.leerbudget.rights.RightsPolicy.Valuation;
import nl.leerbudget.rights.TraceLine;
import nl.leerbudget.rights.YearlyCost;
import nl.leerbudget.shared.Money;

/**
 * The public cost of the funded education in a history: what the regressive variant subtracts.
 *
 * <ul>
 *   <li><b>Counting months.</b> A month counts for a period when the period includes the first day of that month (like
 *       the count date of 1 October in education funding, but per month). A month that two funded periods share
 *       counts once, for the period whose yearly cost is highest in that month (on a tie, the one that started
 *       first): the state paid for one place, at most the dearer one.
 *   <li><b>Valuing months.</b> Each counted month is worth a twelfth of the yearly cost of its track, in the calendar
 *       year of the month (or the policy's fixed price year). A year outside the cost table takes its nearest year.
 *   <li><b>Rounding.</b> Amounts are added up exactly, in twelfths of a cent, and the total is rounded once, to whole
 *       cents with {@link RoundingMode#DOWN}: rounding never subtracts a fraction of a cent too much from a right.
 *       The lines of the explanation show each part rounded down the same way, so they may add up to a cent or two
 *       less than the total; the explanation says so. Rounding once keeps the rule monotone: more funded education
 *       never gives a larger right, which rounding each part separately could break by a cent.
 * </ul>
 */
public final class EducationCost {

    /** Rounding of the total (and of the parts shown) to cents: in favour of the person. */
    public static final RoundingMode ROUNDING = RoundingMode.DOWN;

    private EducationCost() {}

    /**
     * @param total the cost of all counted months
     * @param estimated whether any counted month was valued with a cost that is an assumption
     * @param rounded whether a part shown was rounded (so that the parts may add up to a little less)
     */
    public record Result(Money total, List<TraceLine> lines, boolean estimated, boolean rounded) {
        public Result {
            lines = List.copyOf(lines);
        }
    }

    /** The cost with its explanation. */
    public static Result of(
            EducationHistory history, Set<EducationSector> deducted, Valuation valuation, ReferenceCosts costs) {
        return compute(history, deducted, valuation, costs, true);
    }

    /**
     * The same total as {@link #of}, computed by the same code, without the explanation: for callers that need the
     * amount of millions of people (the policy simulator).
     */
    public static Money total(
            EducationHistory history, Set<EducationSector> deducted, Valuation valuation, ReferenceCosts costs) {
        return compute(history, deducted, valuation, costs, false).total();
    }

    private static Result compute(
            EducationHistory history,
            Set<EducationSector> deducted,
            Valuation valuation,
            ReferenceCosts costs,
            boolean explain) {
        List<EducationPeriod> periods = history.periods();
        int n = periods.size();
        // Months as indexes (year * 12 + month - 1): the first and last month that count for each period.
        int[] first = new int[n];
        int[] last = new int[n];
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            EducationPeriod period = periods.get(i);
            first[i] = monthIndex(period.start()) + (period.start().getDayOfMonth() == 1 ? 0 : 1);
            last[i] = monthIndex(period.end());
            if (counts(period, deducted) && first[i] <= last[i]) {
                low = Math.min(low, first[i]);
                high = Math.max(high, last[i]);
            }
        }
        // Who each month counts for (the period's index, -1 for none), and at what yearly cost in cents.
        int span = low > high ? 0 : high - low + 1;
        int[] owner = new int[span];
        long[] ownerCents = new long[span];
        Arrays.fill(owner, -1);
        for (int i = 0; i < n; i++) {
            EducationPeriod period = periods.get(i);
            if (!counts(period, deducted)) {
                continue;
            }
            int year = Integer.MIN_VALUE;
            long cents = 0;
            for (int month = first[i]; month <= last[i]; month++) {
                if (month / 12 != year) {
                    // Every month of a year costs the same: one lookup per year, not per month.
                    year = month / 12;
                    cents = cost(period, year, valuation, costs).cost().cents();
                }
                int at = month - low;
                if (owner[at] < 0 || cents > ownerCents[at]) {
                    owner[at] = i;
                    ownerCents[at] = cents;
                }
            }
        }

        List<TraceLine> lines = explain ? new ArrayList<>() : List.of();
        long totalTwelfths = 0;
        boolean estimated = false;
        boolean rounded = false;
        for (int i = 0; i < n; i++) {
            EducationPeriod period = periods.get(i);
            if (!period.publiclyFunded()) {
                if (explain) {
                    lines.add(line("period.unfunded", Wording.period(period) + ": niet bekostigd, telt niet mee."));
                }
                continue;
            }
            if (!deducted.contains(period.track().sector())) {
                if (explain) {
                    lines.add(line(
                            "period.not-deducted",
                            Wording.period(period) + ": dit soort onderwijs telt in dit beleid niet mee."));
                }
                continue;
            }
            // A counted month is worth a twelfth of its yearly cost: its yearly cents are its value in twelfths.
            long periodTwelfths = 0;
            int count = 0;
            int shared = 0;
            SortedMap<Integer, Integer> monthsPerYear = explain ? new TreeMap<>() : Collections.emptySortedMap();
            for (int month = first[i]; month <= last[i]; month++) {
                int at = month - low;
                if (owner[at] == i) {
                    periodTwelfths = Math.addExact(periodTwelfths, ownerCents[at]);
                    count++;
                    if (explain) {
                        monthsPerYear.merge(month / 12, 1, Integer::sum);
                    }
                } else {
                    shared++;
                }
            }
            totalTwelfths = Math.addExact(totalTwelfths, periodTwelfths);
            if (!explain) {
                continue;
            }
            String name = Wording.period(period);
            lines.add(line(
                    "period.funded",
                    name + ": " + (count == 0 ? "geen maanden" : Wording.months(count))
                            + " betaald door de overheid."));
            if (!period.diploma()) {
                lines.add(detail(
                        "period.no-diploma", "Ook zonder diploma telt de opleiding mee: de overheid betaalde ervoor."));
            }
            if (shared > 0) {
                lines.add(detail(
                        "period.overlap",
                        Wording.months(shared)
                                + (shared == 1 ? " valt" : " vallen")
                                + " samen met een andere opleiding die de overheid betaalde. Die tellen maar één"
                                + " keer, bij de duurste opleiding."));
            }
            for (Segment segment : segments(period, monthsPerYear, valuation, costs)) {
                estimated |= segment.cost().assumption();
                rounded |= segment.twelfths() % 12 != 0;
                lines.add(detail("cost.segment", segment.text(), segment.sources()));
                if (!segment.outsideTable().isEmpty()) {
                    lines.add(detail("cost.nearest-year", segment.nearestYearText()));
                }
            }
            if (count > 0) {
                lines.add(detail("period.used", "Samen gebruikt: " + money(cents(periodTwelfths)) + "."));
            }
        }
        return new Result(cents(totalTwelfths), lines, estimated, rounded);
    }

    private static int monthIndex(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    /** The months of a period that count: those whose first day lies in it. */
    public static List<YearMonth> months(EducationPeriod period) {
        YearMonth first = YearMonth.from(period.start());
        if (period.start().getDayOfMonth() != 1) {
            first = first.plusMonths(1);
        }
        YearMonth last = YearMonth.from(period.end());
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** {@code yearly × months / 12}, rounded to cents by {@link #ROUNDING}. */
    public static Money share(Money yearly, int months) {
        return cents(Math.multiplyExact(yearly.cents(), (long) months));
    }

    /** An amount in twelfths of a cent, rounded to cents by {@link #ROUNDING}. */
    private static Money cents(long twelfths) {
        return Money.cents(BigDecimal.valueOf(twelfths)
                .divide(BigDecimal.valueOf(12), 0, ROUNDING)
                .longValueExact());
    }

    private static boolean counts(EducationPeriod period, Set<EducationSector> deducted) {
        return period.publiclyFunded() && deducted.contains(period.track().sector());
    }

    private static YearlyCost cost(EducationPeriod period, int year, Valuation valuation, ReferenceCosts costs) {
        return costs.cost(period.track(), priceYear(year, valuation));
    }

    private static int priceYear(int year, Valuation valuation) {
        return switch (valuation) {
            case StudyYearPrices studyYear -> year;
            case PriceYear priceYear -> priceYear.year();
        };
    }

    private static List<Segment> segments(
            EducationPeriod period,
            SortedMap<Integer, Integer> monthsPerYear,
            Valuation valuation,
            ReferenceCosts costs) {
        List<Segment> segments = new ArrayList<>();
        Segment open = null;
        for (Map.Entry<Integer, Integer> entry : monthsPerYear.entrySet()) {
            int year = entry.getKey();
            int priceYear = priceYear(year, valuation);
            YearlyCost cost = costs.cost(period.track(), priceYear);
            if (open != null && open.continuesWith(year, cost)) {
                open = open.extend(year, entry.getValue(), cost, priceYear);
            } else {
                if (open != null) {
                    segments.add(open);
                }
                open = Segment.start(year, entry.getValue(), cost, priceYear);
            }
        }
        if (open != null) {
            segments.add(open);
        }
        return segments;
    }

    /** Consecutive calendar years of one period that share a yearly cost. */
    private record Segment(
            int firstYear,
            int lastYear,
            int months,
            YearlyCost cost,
            Set<String> sourceSet,
            List<Integer> outsideTable) {

        static Segment start(int year, int months, YearlyCost cost, int priceYear) {
            return new Segment(
                    year,
                    year,
                    months,
                    cost,
                    new LinkedHashSet<>(List.of(cost.source())),
                    cost.year() == priceYear ? List.of() : List.of(priceYear));
        }

        boolean continuesWith(int year, YearlyCost next) {
            return year == lastYear + 1 && next.cost().equals(cost.cost()) && next.assumption() == cost.assumption();
        }

        Segment extend(int year, int more, YearlyCost next, int priceYear) {
            Set<String> sources = new LinkedHashSet<>(sourceSet);
            sources.add(next.source());
            List<Integer> outside = new ArrayList<>(outsideTable);
            if (next.year() != priceYear && !outside.contains(priceYear)) {
                outside.add(priceYear);
            }
            return new Segment(firstYear, year, months + more, cost, sources, outside);
        }

        /** The exact amount, in twelfths of a cent. */
        long twelfths() {
            return Math.multiplyExact(cost.cost().cents(), (long) months);
        }

        String sources() {
            return String.join(" | ", sourceSet);
        }

        String text() {
            String label = Wording.years(firstYear, lastYear) + ": ";
            String estimate = cost.assumption() ? " (schatting)" : "";
            Money amount = cents(twelfths());
            if (months % 12 == 0) {
                return label + (months / 12) + " jaar × " + money(cost.cost()) + " = " + money(amount) + estimate;
            }
            return label + Wording.months(months) + " × " + money(cost.cost()) + " per jaar = " + money(amount)
                    + estimate;
        }

        String nearestYearText() {
            String years = Wording.years(outsideTable.getFirst(), outsideTable.getLast());
            return "Voor " + years + " staat geen bedrag in de tabel. We gebruiken het bedrag van " + cost.year()
                    + ", het jaar dat het dichtst bij ligt.";
        }
    }
}
