package nl.leerbudget.funding;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A periodic deposit: every year on one day (from {@code firstYear}), {@code amount} for everyone who has a relation of
 * {@code kind} with the funder on that day, such as EUR 500 on 1 January for every employee employed that day.
 *
 * @param day the day of the year; at most the 28th, so that every year has it
 * @param validMonths how long each deposit can be spent, counted from its day; null: no end
 */
public record PeriodicDeposit(
        UUID id,
        AccountId funder,
        String label,
        Money amount,
        RelationKind kind,
        MonthDay day,
        int firstYear,
        @Nullable Integer validMonths,
        CompartmentConditions conditions,
        ExpiryRule expiryRule,
        RelationEndRule onRelationEnd) {

    public PeriodicDeposit {
        Objects.requireNonNull(onRelationEnd, "onRelationEnd");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(funder, "funder");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(expiryRule, "expiryRule");
        if (label.isBlank() || label.length() > 200) {
            throw new IllegalArgumentException("label must have 1 to 200 characters");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("amount must be above zero");
        }
        if (day.getDayOfMonth() > 28) {
            throw new IllegalArgumentException("the day is at most the 28th of its month");
        }
        if (firstYear < 2000 || firstYear > 2200) {
            throw new IllegalArgumentException("firstYear out of range");
        }
        if (validMonths != null && (validMonths < 1 || validMonths > 600)) {
            throw new IllegalArgumentException("validMonths must be 1 to 600");
        }
    }

    /** The days on which it deposits, from the first year up to and including {@code today}. */
    public List<LocalDate> periodsUpTo(LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        for (int year = firstYear; year <= today.getYear(); year++) {
            LocalDate date = day.atYear(year);
            if (!date.isAfter(today)) {
                days.add(date);
            }
        }
        return days;
    }

    /** The terms of the deposit made on {@code period}: valid from that day, for {@code validMonths}. */
    public DepositTerms termsOn(LocalDate period) {
        return new DepositTerms(
                label,
                conditions,
                period,
                validMonths == null ? null : period.plusMonths(validMonths).minusDays(1),
                expiryRule,
                onRelationEnd);
    }
}
