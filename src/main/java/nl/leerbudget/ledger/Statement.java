package nl.leerbudget.ledger;

import java.time.Instant;
import java.util.List;

/**
 * The transfers of one account in a period, with the posted balance before and after each.
 *
 * @param truncated true if the period has more transfers than one statement shows; ask for a shorter period
 */
public record Statement(
        AccountView account,
        Instant from,
        Instant to,
        long openingBalance,
        List<Line> lines,
        long closingBalance,
        boolean truncated) {

    public Statement {
        lines = List.copyOf(lines);
    }

    /**
     * One transfer as the account sees it.
     *
     * @param change what the transfer did to the posted balance (zero for holds and releases)
     * @param balanceAfter posted balance after the transfer
     */
    public record Line(Transfer transfer, AccountId counterparty, long change, long balanceAfter) {}
}
