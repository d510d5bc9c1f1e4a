package nl.leerbudget.monitoring.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * How concentrated spending is among providers: the share of the largest 5 and the largest 10 providers, and the
 * Herfindahl-Hirschman index (HHI), the sum of the squared market shares in percent: from near 0 (many small
 * providers) to 10,000 (one provider takes everything). With shares {@code s_i = a_i / A} of amounts {@code a_i}
 * adding up to {@code A}: {@code HHI = sum (100 s_i)^2 = 10,000 * sum a_i^2 / A^2}. Computed exactly over the integers
 * and rounded once, half up (shares to one decimal, the index to a whole number).
 *
 * @param providers how many providers received anything
 * @param totalCents what they received together
 * @param top5Percent the share of the 5 largest in percent (all of it when there are 5 or fewer)
 * @param top10Percent the share of the 10 largest in percent
 * @param hhi the Herfindahl-Hirschman index, 0 to 10,000
 */
public record ProviderConcentration(
        int providers, long totalCents, BigDecimal top5Percent, BigDecimal top10Percent, BigDecimal hhi) {

    public ProviderConcentration {
        Objects.requireNonNull(top5Percent, "top5Percent");
        Objects.requireNonNull(top10Percent, "top10Percent");
        Objects.requireNonNull(hhi, "hhi");
    }

    /** The concentration of these amounts, one per provider; providers that received nothing do not count. */
    public static ProviderConcentration of(List<Long> amounts) {
        List<Long> sorted = amounts.stream()
                .peek(a -> {
                    if (a < 0) {
                        throw new IllegalArgumentException("an amount received is never negative");
                    }
                })
                .filter(a -> a > 0)
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
        long total = 0;
        BigInteger squares = BigInteger.ZERO;
        for (long amount : sorted) {
            total = Math.addExact(total, amount);
            squares = squares.add(BigInteger.valueOf(amount).pow(2));
        }
        if (total == 0) {
            return new ProviderConcentration(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
        BigDecimal hhi = new BigDecimal(squares.multiply(BigInteger.valueOf(10_000)))
                .divide(new BigDecimal(BigInteger.valueOf(total).pow(2)), 0, RoundingMode.HALF_UP);
        return new ProviderConcentration(sorted.size(), total, share(sorted, 5, total), share(sorted, 10, total), hhi);
    }

    private static BigDecimal share(List<Long> sorted, int top, long total) {
        long sum = 0;
        for (int i = 0; i < Math.min(top, sorted.size()); i++) {
            sum = Math.addExact(sum, sorted.get(i));
        }
        return BigDecimal.valueOf(sum)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }
}
