package nl.leerbudget.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.leerbudget.funding.FunderRelations;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferId;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.schemes.ApplicationStatus;
import nl.leerbudget.schemes.Reason;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.Page;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A person's Leeroverzicht on one day: one list per section, in the order the page shows them. A new section is one
 * more component here, filled by {@link Overviews}, and one more block on the page and in the JSON.
 *
 * @param expiringSoon compartments with money left whose last day falls within {@link #EXPIRY_HORIZON_DAYS} days,
 *     soonest first
 * @param budgets every compartment of the learning account, grouped by where its money comes from
 * @param windows application windows that are open or planned, with whether the person may qualify
 * @param applications the person's applications for schemes, newest first
 * @param bookings the person's bookings, newest first, each with its state and next step
 * @param cofinancing the person's requests to funders to pay what a plan leaves them, newest first
 * @param statement one page of what moved money into or out of the compartments, newest first
 * @param fundedBy the employers, funds, municipalities and UWV that fund the person today (their relations)
 */
public record Overview(
        PersonId person,
        LocalDate today,
        List<Compartment> expiringSoon,
        List<SourceGroup> budgets,
        List<Opening> windows,
        List<Application> applications,
        List<BookingView> bookings,
        List<CoFinancingRequest> cofinancing,
        Page<Line> statement,
        List<FunderRelations.FundedBy> fundedBy) {

    /** How far ahead "verloopt binnenkort" looks, in days from today. */
    public static final int EXPIRY_HORIZON_DAYS = 90;

    public Overview {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(today, "today");
        expiringSoon = List.copyOf(expiringSoon);
        budgets = List.copyOf(budgets);
        windows = List.copyOf(windows);
        applications = List.copyOf(applications);
        bookings = List.copyOf(bookings);
        cofinancing = List.copyOf(cofinancing);
        Objects.requireNonNull(statement, "statement");
        fundedBy = List.copyOf(fundedBy);
    }

    /** Whether the person has any compartment at all. */
    public boolean hasBudgets() {
        return !budgets.isEmpty();
    }

    /**
     * One compartment as the person sees it; amounts in hundredths of its unit (cents for euros).
     *
     * @param available what can be spent now: the balance less what holds reserve
     * @param held what holds reserve for trainings booked and not yet paid
     * @param spent what was paid to providers from it
     * @param validUntil the last day it can be spent from; null: no end
     * @param expired whether the ledger has closed it after its last day
     */
    public record Compartment(
            AccountId id,
            String label,
            Source source,
            Unit unit,
            long available,
            long held,
            long spent,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validUntil,
            boolean expired,
            String usableFor) {

        /** A compartment without conditions: usable for every training. */
        public Compartment(
                AccountId id,
                String label,
                Source source,
                Unit unit,
                long available,
                long held,
                long spent,
                @Nullable LocalDate validFrom,
                @Nullable LocalDate validUntil,
                boolean expired) {
            this(
                    id,
                    label,
                    source,
                    unit,
                    available,
                    held,
                    spent,
                    validFrom,
                    validUntil,
                    expired,
                    "Voor elke opleiding");
        }

        public Compartment {
            Objects.requireNonNull(usableFor, "usableFor");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(unit, "unit");
        }

        /** Not usable yet on the day: it starts later. */
        public boolean startsAfter(LocalDate day) {
            return validFrom != null && validFrom.isAfter(day);
        }

        /** Its last day has passed, or the ledger closed it. */
        public boolean endedBefore(LocalDate day) {
            return expired || (validUntil != null && validUntil.isBefore(day));
        }
    }

    /** The compartments whose money comes from one source. */
    public record SourceGroup(Source source, List<Compartment> compartments) {
        public SourceGroup {
            Objects.requireNonNull(source, "source");
            compartments = List.copyOf(compartments);
        }
    }

    /**
     * An application window the person could apply in, and whether the rules about the person allow it.
     *
     * @param open receiving applications now; otherwise it opens later
     * @param judgedOn the day the rules were applied (today, or the day a planned window opens)
     * @param reasons every rule about the person that is not met, with its id and Dutch explanation; empty when the
     *     person may qualify (whether they do depends on the training they choose)
     */
    public record Opening(
            UUID windowId,
            String name,
            String schemeName,
            boolean open,
            Instant opensAt,
            Instant closesAt,
            LocalDate judgedOn,
            List<Reason> reasons) {

        public Opening {
            reasons = List.copyOf(reasons);
        }

        public boolean mayQualify() {
            return reasons.isEmpty();
        }
    }

    /**
     * One of the person's applications.
     *
     * @param amount the grant, or what it would be; null when rejected
     * @param lapsesOn for a grant: the first day it no longer holds unless the provider confirmed the start
     */
    public record Application(
            UUID id,
            UUID windowId,
            String receiptNumber,
            String windowName,
            String offeringName,
            ApplicationStatus status,
            @Nullable Money amount,
            Instant receivedAt,
            @Nullable LocalDate lapsesOn) {}

    /**
     * One line of the statement: a transfer as one compartment saw it.
     *
     * @param date the day it was booked, in the Netherlands
     * @param amount positive for money in, negative for money out, in hundredths of the unit
     * @param description what happened, in Dutch
     */
    public record Line(
            TransferId transfer,
            Instant bookedAt,
            LocalDate date,
            AccountId compartment,
            String compartmentLabel,
            Source source,
            TransferCode code,
            String description,
            long amount,
            Unit unit) {

        public boolean isIncoming() {
            return amount > 0;
        }
    }
}
