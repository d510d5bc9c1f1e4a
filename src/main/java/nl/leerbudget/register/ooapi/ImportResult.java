package nl.leerbudget.register.ooapi;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.leerbudget.register.OfferingView;
import nl.leerbudget.register.domain.OoapiKind;
import org.jspecify.annotations.Nullable;

/** What an import did, per object in the order of the request. */
public record ImportResult(List<Item> items) {

    public ImportResult {
        items = List.copyOf(items);
    }

    /**
     * What the import did with one object.
     *
     * @param offering the register offering the object is part of (a program's or course's own, an offering's
     *     program or course), as it is now; null for an organization
     */
    public record Item(
            UUID ooapiId,
            OoapiKind kind,
            ImportOutcome outcome,
            @Nullable OfferingView offering) {
        public Item {
            Objects.requireNonNull(ooapiId, "ooapiId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(outcome, "outcome");
        }
    }
}
