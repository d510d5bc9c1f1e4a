package nl.leerbudget.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.leerbudget.ledger.FunderFlows;
import nl.leerbudget.ledger.FunderUsage;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;

/**
 * A funder's usage report: what it deposited and where that money is now (still to spend, held for booked training,
 * spent, returned, lapsed), per year, and what was spent by provider and by offering type. Only the funder's own money
 * and so only the people it funded; no person is named.
 */
public record UsageReport(FunderUsage totals, List<Year> years, List<Share> byProvider, List<Share> byType) {

    public UsageReport {
        Objects.requireNonNull(totals, "totals");
        years = List.copyOf(years);
        byProvider = List.copyOf(byProvider);
        byType = List.copyOf(byType);
    }

    /** One calendar year's flows. */
    public record Year(int year, Money deposited, Money spent, Money returned, Money lapsed, Money reversed) {}

    /** What was spent with one provider, or on one type of offering. */
    public record Share(String name, Money spent) {}

    static UsageReport of(FunderUsage totals, FunderFlows flows) {
        Map<Integer, long[]> years = new TreeMap<>();
        Map<String, Long> providers = new TreeMap<>();
        Map<OfferingType, Long> types = new TreeMap<>();
        for (FunderFlows.Row row : flows.rows()) {
            long[] sums = years.computeIfAbsent(row.year(), y -> new long[5]);
            sums[row.flow().ordinal()] = Math.addExact(sums[row.flow().ordinal()], row.amount());
            if (row.flow() == FunderFlows.Flow.SPENT) {
                String provider = row.providerName() == null ? "Onbekende opleider" : row.providerName();
                providers.merge(provider, row.amount(), Math::addExact);
                if (row.offeringType() != null) {
                    types.merge(row.offeringType(), row.amount(), Math::addExact);
                }
            }
        }
        List<Year> perYear = new ArrayList<>();
        years.forEach((year, s) -> perYear.add(new Year(
                year,
                Money.cents(s[FunderFlows.Flow.DEPOSITED.ordinal()]),
                Money.cents(s[FunderFlows.Flow.SPENT.ordinal()]),
                Money.cents(s[FunderFlows.Flow.RETURNED.ordinal()]),
                Money.cents(s[FunderFlows.Flow.LAPSED.ordinal()]),
                Money.cents(s[FunderFlows.Flow.REVERSED.ordinal()]))));
        List<Share> byProvider = new ArrayList<>();
        providers.forEach((name, cents) -> byProvider.add(new Share(name, Money.cents(cents))));
        List<Share> byType = new ArrayList<>();
        types.forEach((type, cents) -> byType.add(new Share(ConditionsText.type(type), Money.cents(cents))));
        return new UsageReport(totals, perYear, byProvider, byType);
    }

    /** The largest yearly amount of any flow: the scale of the chart. */
    public long largestYearlyCents() {
        long max = 0;
        for (Year y : years) {
            for (Money m : List.of(y.deposited(), y.spent(), y.returned(), y.lapsed(), y.reversed())) {
                max = Math.max(max, m.cents());
            }
        }
        return max;
    }
}
