package nl.leerbudget.ledger;

import java.util.List;
import java.util.Objects;

/**
 * Opens accounts and moves money as one linked unit: every step succeeds or none does. The id is chosen by the client;
 * a repeat with the same content is answered with the original result, a repeat with other content is refused.
 */
public record LedgerCommand(CommandId id, List<OpenAccount> opens, List<TransferOrder> orders) {

    public LedgerCommand {
        Objects.requireNonNull(id, "id");
        opens = List.copyOf(opens);
        orders = List.copyOf(orders);
        if (opens.isEmpty() && orders.isEmpty()) {
            throw new IllegalArgumentException("a command opens an account or moves money");
        }
    }

    public static LedgerCommand of(CommandId id, TransferOrder order) {
        return new LedgerCommand(id, List.of(), List.of(order));
    }

    /** Transfer ids are derived from the command id: the first step gets the command id itself. */
    public TransferId transferId(int index) {
        return index == 0 ? new TransferId(id.value()) : TransferId.derived(id + "/" + index);
    }
}
