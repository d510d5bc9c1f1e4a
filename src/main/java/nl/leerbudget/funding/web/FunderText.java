package nl.leerbudget.funding.web;

import java.time.Instant;
import java.time.LocalDate;
import nl.leerbudget.funding.ConditionsText;
import nl.leerbudget.funding.DepositTerms;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.shared.DutchText;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/** Words and numbers for the funder's pages, in Dutch. */
public final class FunderText {

    static final FunderText INSTANCE = new FunderText();

    private FunderText() {}

    /** "€ 1.250,00": always with cents, as the tables of the overview show money. */
    public String euros(Money money) {
        return java.text.NumberFormat.getCurrencyInstance(java.util.Locale.of("nl", "NL"))
                .format(java.math.BigDecimal.valueOf(money.cents(), 2));
    }

    public String cents(long cents) {
        return euros(Money.cents(cents));
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "geen einddatum" : DutchText.date(date);
    }

    public String day(Instant instant) {
        return DutchText.date(instant.atZone(Ledger.ZONE).toLocalDate());
    }

    public String conditions(DepositTerms terms) {
        return ConditionsText.of(terms.conditions());
    }

    public String type(OfferingType type) {
        return ConditionsText.type(type);
    }

    public String expiry(DepositTerms terms) {
        return ConditionsText.expiry(terms.expiryRule());
    }

    public String relationEnd(DepositTerms terms) {
        return ConditionsText.relationEnd(terms.onRelationEnd());
    }

    public String conditionsOf(nl.leerbudget.ledger.CompartmentConditions conditions) {
        return ConditionsText.of(conditions);
    }
}
