package nl.leerbudget.ledger;

import java.util.List;

/** What became of a ledger command. */
public sealed interface CommandResult {

    CommandId command();

    /** The command was executed now, or earlier ({@code replayed}) with the same content. */
    record Executed(CommandId command, List<Transfer> transfers, List<AccountId> opened, boolean replayed)
            implements CommandResult {
        public Executed {
            transfers = List.copyOf(transfers);
            opened = List.copyOf(opened);
        }
    }

    /** The command broke a rule at step {@code step} (zero-based; -1 for opening accounts); nothing was written. */
    record Rejected(CommandId command, int step, LedgerRule rule, String detail) implements CommandResult {}

    /** The command id was used before for a command with other content; nothing was written. */
    record IdConflict(CommandId command) implements CommandResult {}
}
