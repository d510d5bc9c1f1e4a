package nl.leerbudget.schemes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.leerbudget.shared.Money;

/**
 * The state of first come, first served in one window, one application at a time: what is left in each pot, which
 * pots are closed, and how long the waiting list is. {@link Allocation} runs it over a whole list; the application
 * process keeps its state in the database and resumes it for every batch of applications it receives, so that the
 * decisions are exactly those of {@link Allocation#firstComeFirstServed} over all applications in receipt order.
 *
 * <p>Not thread-safe: one batch of one window at a time (the window is locked while it decides).
 */
public final class Allocator {

    private final List<String> subBudgetGroups;
    private final Map<String, Long> remaining;
    private final Set<String> closed;
    private int waiting;

    private Allocator(List<String> subBudgetGroups, Map<String, Long> remaining, Set<String> closed, int waiting) {
        this.subBudgetGroups = List.copyOf(subBudgetGroups);
        this.remaining = remaining;
        this.closed = closed;
        this.waiting = waiting;
    }

    /** A window that has not yet decided anything. */
    public static Allocator open(Budget budget, List<SubBudget> subBudgets) {
        Objects.requireNonNull(budget, "budget");
        Map<String, Long> pots = new LinkedHashMap<>();
        List<String> groups = new ArrayList<>();
        long reserved = 0;
        for (SubBudget subBudget : subBudgets) {
            if (pots.put(subBudget.group(), subBudget.reserved().cents()) != null) {
                throw new IllegalArgumentException("two sub-budgets for group " + subBudget.group());
            }
            groups.add(subBudget.group());
            reserved = Math.addExact(reserved, subBudget.reserved().cents());
        }
        if (reserved > budget.total().cents()) {
            throw new IllegalArgumentException("the sub-budgets reserve more than the budget");
        }
        pots.put(Allocation.GENERAL, budget.total().cents() - reserved);
        return new Allocator(groups, pots, new LinkedHashSet<>(), 0);
    }

    /**
     * Resumes a window from its stored state.
     *
     * @param pots every pot in the order of the window's sub-budgets, {@link Allocation#GENERAL} last
     * @param waiting the length of the waiting list so far
     */
    public static Allocator resume(List<Pot> pots, int waiting) {
        if (pots.isEmpty() || !pots.getLast().name().equals(Allocation.GENERAL)) {
            throw new IllegalArgumentException("the general pot comes last");
        }
        if (waiting < 0) {
            throw new IllegalArgumentException("a waiting list is never shorter than empty");
        }
        Map<String, Long> remaining = new LinkedHashMap<>();
        Set<String> closed = new LinkedHashSet<>();
        List<String> groups = new ArrayList<>();
        for (Pot pot : pots) {
            if (remaining.put(pot.name(), pot.remaining().cents()) != null) {
                throw new IllegalArgumentException("two pots named " + pot.name());
            }
            if (pot.closed()) {
                closed.add(pot.name());
            }
            if (!pot.name().equals(Allocation.GENERAL)) {
                groups.add(pot.name());
            }
        }
        return new Allocator(groups, remaining, closed, waiting);
    }

    /**
     * Decides one application, the next in receipt order. The caller has already rejected a person's second
     * application in the window (rule A1).
     */
    public Decision decide(Application application) {
        List<String> usable = usable(application);
        long wanted = application.amount().cents();
        if (available(usable, closed) < wanted) {
            closed.addAll(usable);
            waiting++;
            return new Decision.Waitlisted(waiting);
        }
        return new Decision.Granted(application.amount(), draw(usable, closed, wanted));
    }

    /**
     * The money of a grant that ended unused (withdrawn by the person, or lapsed) goes back to the pots it was drawn
     * from.
     *
     * @param parts per pot, what goes back; at most what the grant drew from it
     */
    public void giveBack(Map<String, Money> parts) {
        parts.forEach((pot, money) -> {
            Long left = remaining.get(pot);
            if (left == null) {
                throw new IllegalArgumentException("no pot " + pot);
            }
            if (money.isNegative()) {
                throw new IllegalArgumentException("nothing negative goes back to a pot");
            }
            remaining.put(pot, Math.addExact(left, money.cents()));
        });
    }

    /**
     * Offers what the pots hold to the waiting list of a window that has not closed, in order of position, under the
     * rules of {@link #decide}: an application may draw on the pots it may use, its groups' sub-budgets and then
     * {@link Allocation#GENERAL}; it is granted in full if they hold enough, else it keeps waiting and every pot it may
     * use is kept from those behind it, so nobody overtakes it. Afterwards the pots that someone still waiting may use
     * are closed (as {@link #decide} closed them when it put them on the list), and the others open again for new
     * applications.
     *
     * @param waitlist every application waiting in the window, with its groups
     */
    public Promotion promote(List<Waiting> waitlist) {
        List<Waiting> ordered = new ArrayList<>(waitlist);
        ordered.sort((a, b) -> Integer.compare(a.position(), b.position()));
        Set<String> kept = new LinkedHashSet<>();
        List<Outcome> promoted = new ArrayList<>();
        List<Waiting> still = new ArrayList<>();
        for (Waiting entry : ordered) {
            Application application = entry.application();
            List<String> usable = usable(application);
            long wanted = application.amount().cents();
            if (available(usable, kept) >= wanted) {
                promoted.add(new Outcome(
                        application, new Decision.Granted(application.amount(), draw(usable, kept, wanted))));
            } else {
                kept.addAll(usable);
                still.add(new Waiting(application, still.size() + 1));
            }
        }
        closed.clear();
        closed.addAll(kept);
        waiting = still.size();
        long left = 0;
        for (long cents : remaining.values()) {
            left = Math.addExact(left, cents);
        }
        return new Promotion(promoted, still, Money.cents(left));
    }

    private List<String> usable(Application application) {
        List<String> usable = new ArrayList<>();
        for (String group : subBudgetGroups) {
            if (application.groups().contains(group)) {
                usable.add(group);
            }
        }
        usable.add(Allocation.GENERAL);
        return usable;
    }

    private long available(List<String> usable, Set<String> excluded) {
        long available = 0;
        for (String pot : usable) {
            if (!excluded.contains(pot)) {
                available += remaining.getOrDefault(pot, 0L);
            }
        }
        return available;
    }

    private Map<String, Money> draw(List<String> usable, Set<String> excluded, long wanted) {
        Map<String, Money> drawn = new LinkedHashMap<>();
        long still = wanted;
        for (String pot : usable) {
            long left = remaining.getOrDefault(pot, 0L);
            if (still == 0 || excluded.contains(pot) || left == 0) {
                continue;
            }
            long take = Math.min(left, still);
            remaining.put(pot, left - take);
            drawn.put(pot, Money.cents(take));
            still -= take;
        }
        return drawn;
    }

    /** What is left of each pot, in the order of the sub-budgets and {@link Allocation#GENERAL} last. */
    public Map<String, Money> remaining() {
        Map<String, Money> left = new LinkedHashMap<>();
        remaining.forEach((pot, cents) -> left.put(pot, Money.cents(cents)));
        return left;
    }

    /** The state to store: every pot with what is left and whether it is closed. */
    public List<Pot> pots() {
        List<Pot> pots = new ArrayList<>();
        remaining.forEach((pot, cents) -> pots.add(new Pot(pot, Money.cents(cents), closed.contains(pot))));
        return pots;
    }

    public int waiting() {
        return waiting;
    }

    /** One pot of a window: a sub-budget or {@link Allocation#GENERAL}. */
    public record Pot(String name, Money remaining, boolean closed) {
        public Pot {
            Objects.requireNonNull(name, "name");
            if (remaining.isNegative()) {
                throw new IllegalArgumentException("a pot never holds less than nothing");
            }
        }
    }
}
