package nl.leerbudget.rights.domain;

import static nl.leerbudget.rights.domain.Wording.detail;
import static nl.leerbudget.rights.domain.Wording.line;
import static nl.leerbudget.rights.domain.Wording.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
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
 *       counts once, for the period that started first.
 *   <li><b>Valuing months.</b> Each counted month is worth a twelfth of the yearly cost of its track, in the calendar
 *       year of the month (or the policy's fixed price year). A year outside the cost table takes its nearest year.
 *   <li><b>Rounding.</b> Within a period, consecutive calendar years with the same yearly cost form one segment; a
 *       segment's amount is {@code yearly cost × months / 12}, computed exactly in {@link BigDecimal} and rounded to
 *       whole cents with {@link RoundingMode#DOWN}, so that rounding never subtracts a fraction of a cent too much
 *       from a person's right. The total is the sum of the rounded segments.
 * </ul>
 */
public final class EducationCost {

    /** Rounding of a segment's amount to cents: in favour of the person. */
    public static final RoundingMode ROUNDING = RoundingMode.DOWN;

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private EducationCost() {}

    /**
     * @param total the cost of all counted months
     * @param estimated whether any counted month was valued with a cost that is an assumption
     */
    public record Result(Money total, List<TraceLine> lines, boolean estimated) {
        public Result {
            lines = List.copyOf(lines);
        }
    }

    public static Result of(
            EducationHistory history, Set<EducationSector> deducted, Valuation valuation, ReferenceCosts costs) {
        List<TraceLine> lines = new ArrayList<>();
        Set<YearMonth> counted = new HashSet<>();
        Money total = Money.ZERO;
        boolean estimated = false;
        for (EducationPeriod period : history.periods()) {
            String name = Wording.period(period);
            if (!period.publiclyFunded()) {
                lines.add(line("period.unfunded", name + ": niet bekostigd, telt niet mee."));
                continue;
            }
            if (!deducted.contains(period.track().sector())) {
                lines.add(line(
                        "period.not-deducted",
                        name + ": " + period.track().sector().dutch() + " telt in dit beleid niet mee."));
                continue;
            }
            SortedMap<Integer, Integer> monthsPerYear = new TreeMap<>();
            int shared = 0;
            for (YearMonth month : months(period)) {
                if (counted.add(month)) {
                    monthsPerYear.merge(month.getYear(), 1, Integer::sum);
                } else {
                    shared++;
                }
            }
            int count =
                    monthsPerYear.values().stream().mapToInt(Integer::intValue).sum();
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
                                + " keer."));
            }
            Money subtotal = Money.ZERO;
            for (Segment segment : segments(period, monthsPerYear, valuation, costs)) {
                Money amount = segment.amount();
                subtotal = subtotal.plus(amount);
                estimated |= segment.cost().assumption();
                lines.add(detail("cost.segment", segment.text(), segment.sources()));
                if (!segment.outsideTable().isEmpty()) {
                    lines.add(detail("cost.nearest-year", segment.nearestYearText()));
                }
            }
            if (count > 0) {
                lines.add(detail("period.used", "Samen gebruikt: " + money(subtotal) + "."));
            }
            total = total.plus(subtotal);
        }
        return new Result(total, lines, estimated);
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
        return Money.cents(BigDecimal.valueOf(yearly.cents())
                .multiply(BigDecimal.valueOf(months))
                .divide(TWELVE, 0, ROUNDING)
                .longValueExact());
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
            int priceYear = switch (valuation) {
                case StudyYearPrices s -> year;
                case PriceYear p -> p.year();
            };
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

        Money amount() {
            return share(cost.cost(), months);
        }

        String sources() {
            return String.join(" | ", sourceSet);
        }

        String text() {
            String label = Wording.years(firstYear, lastYear) + ": ";
            String estimate = cost.assumption() ? " (schatting)" : "";
            if (months % 12 == 0) {
                int years = months / 12;
                return label + years + " jaar × " + money(cost.cost()) + " = " + money(amount()) + estimate;
            }
            return label + Wording.months(months) + " × " + money(cost.cost()) + " per jaar = " + money(amount())
                    + estimate;
        }

        String nearestYearText() {
            int first = outsideTable.getFirst();
            int last = outsideTable.getLast();
            String years = Wording.years(first, last);
            return "Voor " + years + " staat geen bedrag in de tabel. We gebruiken het bedrag van " + cost.year()
                    + ", het jaar dat het dichtst bij ligt.";
        }
    }
}
