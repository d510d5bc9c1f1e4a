package nl.leerbudget.schemes.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The shuffle of a lottery, written out so that anyone can redo a draw from the published seed: a Fisher–Yates
 * shuffle (from the last position down to the second, swap position {@code i} with a position {@code j} drawn
 * uniformly from {@code 0..i}) driven by SplitMix64 (Steele, Lea and Flood, 2014: add 0x9E3779B97F4A7C15 to the
 * state, then mix with the shifts 30, 27, 31 and the multipliers 0xBF58476D1CE4E5B9 and 0x94D049BB133111EB). A
 * number below {@code bound} is the top 63 bits modulo the bound, drawn again while it falls in the incomplete last
 * block, so every position is equally likely. Not {@code java.util.Random}: its algorithm is not part of the
 * decision and could change with the JDK.
 */
public final class SeededShuffle {

    private long state;

    private SeededShuffle(long seed) {
        this.state = seed;
    }

    /** The items in the order the draw with {@code seed} gives; the list itself is not changed. */
    public static <T> List<T> shuffle(List<T> items, long seed) {
        List<T> order = new ArrayList<>(items);
        SeededShuffle random = new SeededShuffle(seed);
        for (int i = order.size() - 1; i > 0; i--) {
            Collections.swap(order, i, random.below(i + 1));
        }
        return order;
    }

    private long next() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private int below(int bound) {
        long u = next() >>> 1;
        long m = u % bound;
        while (u - m + (bound - 1) < 0) {
            u = next() >>> 1;
            m = u % bound;
        }
        return (int) m;
    }
}
