package nl.leerbudget.schemes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import nl.leerbudget.schemes.domain.SeededShuffle;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;

/**
 * Sharing out the budget of one application window among eligible applications. Pure functions over a list; the
 * caller stores the outcome.
 *
 * <p>The rules, in the order applications are handled (receipt order, or the order a lottery draws):
 *
 * <ol>
 *   <li>A person's second and later applications in the window are rejected (rule A1); only their first counts.
 *   <li>The budget is split into pots: one per sub-budget with its reserved amount, and {@value #GENERAL} with the
 *       rest. Until the window closes, only applications of a sub-budget's group draw on it.
 *   <li>An application may draw on the sub-budgets of its groups (in the order the sub-budgets are listed) and then
 *       on {@value #GENERAL}, combining them. A group without a sub-budget in this window gives no extra money. If the open pots it may use hold enough, it is granted in full,
 *       drawing on them in that order; there are no partial grants.
 *   <li>If not, it goes on the waiting list and every pot it may use closes for the rest of the window: no later
 *       application overtakes it for money it could have had. Pots it may not use stay open, so a later member of a
 *       target group can still be granted from the group's reservation.
 * </ol>
 *
 * When the window closes, the caller offers what is left (reserved or not) to the waiting list with {@link
 * #promote(List, Money)}, as it does with money freed when grants are withdrawn or lapse.
 */
public final class Allocation {

    /** The pot of the budget that is not reserved for a target group. */
    public static final String GENERAL = "general";

    private Allocation() {}

    /** First come, first served: applications are handled in the order received. */
    public static Allotment firstComeFirstServed(
            List<Application> inReceiptOrder, Budget budget, List<SubBudget> subBudgets) {
        return allocate(inReceiptOrder, budget, subBudgets);
    }

    /**
     * A lottery (loting): the first application of each person, in receipt order, is shuffled with {@link
     * SeededShuffle} and the seed published beforehand, and then handled as first come, first served in the drawn
     * order. The same applications and seed always give the same outcome.
     */
    public static Allotment lottery(
            List<Application> inReceiptOrder, Budget budget, List<SubBudget> subBudgets, long publishedSeed) {
        Objects.requireNonNull(inReceiptOrder, "inReceiptOrder");
        List<Outcome> rejected = new ArrayList<>();
        List<Application> unique = firstPerPerson(inReceiptOrder, rejected);
        Allotment drawn = allocate(SeededShuffle.shuffle(unique, publishedSeed), budget, subBudgets);
        List<Outcome> outcomes = new ArrayList<>(drawn.outcomes());
        outcomes.addAll(rejected);
        return new Allotment(outcomes, drawn.remaining(), drawn.waitlist());
    }

    /**
     * Offers money that is free again (a withdrawn or lapsed grant, or what is left when the window closes) to the
     * waiting list, in order of position: each application that fits is granted; the first that does not fit stops
     * the promotion, so nobody overtakes someone ahead of them.
     */
    public static Promotion promote(List<Waiting> waitlist, Money freedAmount) {
        return promote(waitlist, freedAmount, GENERAL, application -> true);
    }

    /**
     * Offers money freed from the sub-budget of {@code group} while the window is still open: only applications of
     * that group may take it. Others keep their place.
     */
    public static Promotion promote(List<Waiting> waitlist, Money freedAmount, String group) {
        Objects.requireNonNull(group, "group");
        return promote(
                waitlist,
                freedAmount,
                group,
                application -> application.groups().contains(group));
    }

    private static Promotion promote(
            List<Waiting> waitlist, Money freedAmount, String pot, Predicate<Application> mayUse) {
        if (freedAmount.isNegative()) {
            throw new IllegalArgumentException("freed money is not negative");
        }
        List<Waiting> ordered = new ArrayList<>(waitlist);
        ordered.sort((a, b) -> Integer.compare(a.position(), b.position()));
        Money left = freedAmount;
        boolean stopped = false;
        List<Outcome> promoted = new ArrayList<>();
        List<Waiting> still = new ArrayList<>();
        for (Waiting waiting : ordered) {
            Application application = waiting.application();
            if (!stopped && mayUse.test(application)) {
                if (application.amount().compareTo(left) <= 0) {
                    left = left.minus(application.amount());
                    promoted.add(new Outcome(
                            application,
                            new Decision.Granted(application.amount(), Map.of(pot, application.amount()))));
                    continue;
                }
                stopped = true;
            }
            still.add(new Waiting(application, still.size() + 1));
        }
        return new Promotion(promoted, still, left);
    }

    private static List<Application> firstPerPerson(List<Application> inReceiptOrder, List<Outcome> rejected) {
        Set<PersonId> seen = new HashSet<>();
        List<Application> unique = new ArrayList<>();
        for (Application application : inReceiptOrder) {
            if (seen.add(application.person())) {
                unique.add(application);
            } else {
                rejected.add(secondApplication(application));
            }
        }
        return unique;
    }

    private static Outcome secondApplication(Application application) {
        return new Outcome(application, new Decision.Rejected(secondApplicationReason()));
    }

    /** Why a person's second and later applications in a window are rejected (rule A1). */
    public static Reason secondApplicationReason() {
        return new Reason(
                SchemeRule.A1_ONE_APPLICATION_PER_WINDOW,
                "U deed in dit aanvraagtijdvak al eerder een aanvraag. Per tijdvak telt alleen uw eerste aanvraag.");
    }

    private static Allotment allocate(List<Application> order, Budget budget, List<SubBudget> subBudgets) {
        Allocator allocator = Allocator.open(budget, subBudgets);
        Set<PersonId> seen = new HashSet<>();
        List<Outcome> outcomes = new ArrayList<>(order.size());
        List<Waiting> waitlist = new ArrayList<>();
        for (Application application : order) {
            if (!seen.add(application.person())) {
                outcomes.add(secondApplication(application));
                continue;
            }
            Decision decision = allocator.decide(application);
            if (decision instanceof Decision.Waitlisted(int position)) {
                waitlist.add(new Waiting(application, position));
            }
            outcomes.add(new Outcome(application, decision));
        }
        return new Allotment(outcomes, allocator.remaining(), waitlist);
    }
}
