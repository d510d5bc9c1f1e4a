package nl.leerbudget.overview.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How the money held for a booking is settled when the provider reports the start with a price lower than booked, or
 * an early stop with the part of the price that was delivered. The rule, the same for both:
 *
 * <ol>
 *   <li>The learning money pays at most what the plan let it pay: the eligible cost, less the person's minimum own
 *       payment. Of a lower amount it pays the same, less what the amount is lower than the eligible cost; what the
 *       person pays by rule goes down first (materials are the person's own and are the first part not delivered).
 *   <li>A scheme grant is settled whole, as a confirmed start settles it: the scheme decided its amount. An amount
 *       below the grants is refused (the scheme's administrator corrects the grant).
 *   <li>The other compartments pay what is left in the plan's order, each at most what it held; what they do not pay
 *       is released to them.
 * </ol>
 */
public final class Settlements {

    private Settlements() {}

    /**
     * One hold of a booking, in the plan's order.
     *
     * @param grant whether the compartment is a scheme grant, settled whole
     */
    public record Held(long amount, boolean grant) {
        public Held {
            if (amount <= 0) {
                throw new IllegalArgumentException("a hold is positive");
            }
        }
    }

    /** What each hold settles, or why none can. */
    public sealed interface Outcome {
        /** @param amounts per hold, in order: what it settles (0: released whole) */
        record Settled(List<Long> amounts) implements Outcome {
            public Settled {
                amounts = List.copyOf(amounts);
            }
        }

        /** The amount is below what the grants must settle. */
        record BelowGrants(long grants) implements Outcome {}

        /** The amount is above the booked price. */
        record AbovePrice(long price) implements Outcome {}
    }

    /**
     * @param price the booked price
     * @param eligible the part of the booked price learning money may pay
     * @param minimumOwn what the person pays of the eligible cost by rule
     * @param amount the final price, or the part of the price delivered
     */
    public static Outcome settle(List<Held> holds, long price, long eligible, long minimumOwn, long amount) {
        if (amount > price) {
            return new Outcome.AbovePrice(price);
        }
        if (amount < 0 || eligible > price || minimumOwn > eligible) {
            throw new IllegalArgumentException("amounts of a booking are consistent");
        }
        long held = holds.stream().mapToLong(Held::amount).sum();
        // What learning money pays of the lower amount: the reduction comes off the part the person pays first.
        long payable = Math.min(held, Math.max(0, Math.min(eligible, amount) - minimumOwn));
        long grants = holds.stream().filter(Held::grant).mapToLong(Held::amount).sum();
        if (payable < grants) {
            return new Outcome.BelowGrants(grants);
        }
        long left = payable - grants;
        List<Long> amounts = new ArrayList<>();
        for (Held hold : holds) {
            if (hold.grant()) {
                amounts.add(hold.amount());
            } else {
                long part = Math.min(hold.amount(), left);
                left -= part;
                amounts.add(part);
            }
        }
        return new Outcome.Settled(amounts);
    }
}
