package nl.leerbudget.register.web;

import java.util.List;
import java.util.UUID;
import nl.leerbudget.register.Finding;
import nl.leerbudget.register.OfferingStatus;
import nl.leerbudget.register.OfferingView;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.domain.OoapiKind;
import nl.leerbudget.register.ooapi.ImportOutcome;
import nl.leerbudget.register.ooapi.ImportResult;
import nl.leerbudget.register.ooapi.OoapiImport;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** A provider (or a reviewer for it) imports OOAPI v5 organizations, programs, courses and offerings. */
@RestController
class OoapiImportResource {

    private final OoapiImport imports;

    OoapiImportResource(OoapiImport imports) {
        this.imports = imports;
    }

    /** The body is one OOAPI object or an array of them; the answer says per object what the import did. */
    @PostMapping("/api/v1/providers/{providerId}/ooapi-imports")
    Result importObjects(@PathVariable UUID providerId, @RequestBody JsonNode body) {
        return Result.of(imports.importObjects(new ProviderId(providerId), body));
    }

    record Result(List<Item> items) {
        static Result of(ImportResult result) {
            return new Result(result.items().stream().map(Item::of).toList());
        }
    }

    /** {@code offeringId} and what follows it: the register offering the object is (part of), as it is now. */
    record Item(
            UUID ooapiId,
            OoapiKind kind,
            ImportOutcome outcome,
            @Nullable UUID offeringId,
            @Nullable Integer version,
            @Nullable OfferingStatus status,
            @Nullable List<Finding> findings) {
        static Item of(ImportResult.Item item) {
            OfferingView offering = item.offering();
            return offering == null
                    ? new Item(item.ooapiId(), item.kind(), item.outcome(), null, null, null, null)
                    : new Item(
                            item.ooapiId(),
                            item.kind(),
                            item.outcome(),
                            offering.id().value(),
                            offering.version(),
                            offering.status(),
                            offering.findings());
        }
    }
}
