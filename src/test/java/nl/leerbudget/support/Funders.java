package nl.leerbudget.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.shared.Money;

/** Funder accounts for the tests: opened and topped up from the settlement account, as the system. */
public final class Funders {

    private Funders() {}

    /** Opens the funder account {@code id} with {@code money} in it; the test fails when the ledger refuses. */
    public static void open(Ledger ledger, Actors actors, UUID id, String name, FunderType type, Money money) {
        CommandResult opened = actors.asSystem(() -> ledger.execute(new LedgerCommand(
                CommandId.random(),
                List.of(new OpenAccount(new AccountId(id), AccountKind.FUNDER, Unit.EUR, name, false, type, null)),
                List.of(new TransferOrder.Move(
                        SystemAccounts.settlement(Unit.EUR),
                        new AccountId(id),
                        money.cents(),
                        TransferCode.TOP_UP,
                        null)))));
        assertThat(opened).isInstanceOf(CommandResult.Executed.class);
    }
}
