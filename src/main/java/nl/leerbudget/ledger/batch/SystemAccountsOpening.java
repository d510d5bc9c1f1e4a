package nl.leerbudget.ledger.batch;

import java.util.ArrayList;
import java.util.List;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.Unit;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Opens the ledger's own accounts at start-up; a replayed command on every later start. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SystemAccountsOpening implements ApplicationRunner {

    private final Ledger ledger;
    private final Actors actors;

    SystemAccountsOpening(Ledger ledger, Actors actors) {
        this.ledger = ledger;
        this.actors = actors;
    }

    @Override
    public void run(ApplicationArguments args) {
        actors.asSystem(this::open);
    }

    private void open() {
        List<OpenAccount> opens = new ArrayList<>();
        for (Unit unit : Unit.values()) {
            opens.add(new OpenAccount(
                    SystemAccounts.settlement(unit),
                    AccountKind.SETTLEMENT,
                    unit,
                    "Bank (" + unit + ")",
                    true,
                    null,
                    null));
            opens.add(new OpenAccount(
                    SystemAccounts.lapsed(unit),
                    AccountKind.FUNDER,
                    unit,
                    "Rijk — vervallen tegoeden (" + unit + ")",
                    false,
                    FunderType.STATE,
                    null));
        }
        ledger.execute(new LedgerCommand(CommandId.derived("system/accounts/v1"), opens, List.of()));
    }
}
