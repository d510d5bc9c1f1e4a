package nl.leerbudget.ledger.domain;

/**
 * The four running totals of an account, in hundredths of its unit. Balance is credits minus debits for every kind
 * of account; the sum of all balances per unit is zero because every transfer adds its amount to one debit and one
 * credit total.
 */
public record Balances(long debitsPosted, long creditsPosted, long debitsPending, long creditsPending) {

    public static final Balances ZERO = new Balances(0, 0, 0, 0);

    public Balances {
        if (debitsPosted < 0 || creditsPosted < 0 || debitsPending < 0 || creditsPending < 0) {
            throw new IllegalArgumentException("totals are never negative");
        }
    }

    /** Credits minus debits of posted transfers. */
    public long posted() {
        return creditsPosted - debitsPosted;
    }

    /** What can still be spent: the posted balance less what holds reserve. */
    public long available() {
        return Math.subtractExact(posted(), debitsPending);
    }

    /** True if posted debits and reserved debits together stay within posted credits. */
    public boolean covered() {
        return Math.addExact(debitsPosted, debitsPending) <= creditsPosted;
    }

    Balances debit(long amount) {
        return new Balances(Math.addExact(debitsPosted, amount), creditsPosted, debitsPending, creditsPending);
    }

    Balances credit(long amount) {
        return new Balances(debitsPosted, Math.addExact(creditsPosted, amount), debitsPending, creditsPending);
    }

    Balances reserveDebit(long amount) {
        return new Balances(debitsPosted, creditsPosted, Math.addExact(debitsPending, amount), creditsPending);
    }

    Balances reserveCredit(long amount) {
        return new Balances(debitsPosted, creditsPosted, debitsPending, Math.addExact(creditsPending, amount));
    }

    Balances unreserveDebit(long amount) {
        return new Balances(debitsPosted, creditsPosted, Math.subtractExact(debitsPending, amount), creditsPending);
    }

    Balances unreserveCredit(long amount) {
        return new Balances(debitsPosted, creditsPosted, debitsPending, Math.subtractExact(creditsPending, amount));
    }
}
