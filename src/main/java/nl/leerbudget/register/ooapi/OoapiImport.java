package nl.leerbudget.register.ooapi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.Characters;
import nl.leerbudget.platform.web.FieldViolation;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.OfferingView;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.Register;
import nl.leerbudget.register.RegisterConflict;
import nl.leerbudget.register.domain.OoapiKind;
import nl.leerbudget.register.domain.OoapiObjects;
import nl.leerbudget.register.domain.OoapiObjects.OoapiEducation;
import nl.leerbudget.register.domain.OoapiObjects.OoapiOffering;
import nl.leerbudget.register.domain.OoapiObjects.OoapiOrganization;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports OOAPI v5 objects into a provider's part of the register, all or nothing. Every object is checked against
 * its schema first and every violation reported (400); then each program or course, with its offerings, becomes one
 * register offering through the {@link Register} (so the assessment framework checks it and a reviewer decides),
 * and the OOAPI id remembers which one: importing the same id again revises that offering when what the register
 * holds of it changed, and otherwise leaves it alone. An offering's program or course must be in the same import
 * or imported before by the same provider. An organization is only recorded, for the public OOAPI view.
 */
@Service
public class OoapiImport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Register register;
    private final OoapiObjects objects;
    private final Clock clock;
    private final TransactionTemplate transactions;

    OoapiImport(Register register, OoapiObjects objects, Clock clock, PlatformTransactionManager transactionManager) {
        this.register = register;
        this.objects = objects;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Imports one OOAPI object or an array of them for a provider, all or nothing.
     *
     * @param body one OOAPI object or an array of them
     * @throws nl.leerbudget.identity.NotPermitted unless the caller manages the provider (or reviews the register),
     *     before the body is looked at
     * @throws ApiProblem 404 for an unknown provider, or 400 with every violation
     * @throws RegisterConflict when an id belongs to another provider or another kind of object
     */
    public ImportResult importObjects(ProviderId provider, @Nullable JsonNode body) {
        // Who may import is decided first: a caller who may not learns nothing about what is wrong with the body.
        register.requireManages(provider);
        if (register.provider(provider).isEmpty()) {
            throw ApiProblem.notFound("No provider with id " + provider);
        }
        ImportRequest request = ImportRequest.read(body);
        List<FieldViolation> violations = new ArrayList<>(body == null ? List.of() : Characters.violations(body));
        violations.addAll(request.violations().all());
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }
        try {
            return Objects.requireNonNull(transactions.execute(status -> write(provider, request.items())));
        } catch (DuplicateKeyException e) {
            throw new RegisterConflict("Another import of the same objects ran at the same time; try again.");
        }
    }

    private ImportResult write(ProviderId provider, List<ImportItem> items) {
        Map<UUID, ImportItem> educations = new LinkedHashMap<>();
        Map<UUID, ImportItem> offerings = new LinkedHashMap<>();
        for (ImportItem item : items) {
            if (item.kind().isEducation()) {
                educations.put(item.id(), item);
            } else if (item.kind().isOffering()) {
                offerings.put(item.id(), item);
            }
        }
        checkAgainstWhatIsStored(provider, items, educations);

        Instant now = clock.instant();
        Map<UUID, OfferingView> views = new HashMap<>();
        Map<UUID, ImportOutcome> registerOutcomes = new HashMap<>();
        Set<UUID> storedNow = new LinkedHashSet<>();
        for (UUID education : affected(items)) {
            ImportItem sent = educations.get(education);
            Optional<OoapiEducation> stored = objects.education(education);
            OoapiKind kind = sent != null ? sent.kind() : stored.orElseThrow().kind();
            JsonNode content =
                    sent != null ? sent.content() : parse(stored.orElseThrow().content());
            List<JsonNode> itsOfferings = new ArrayList<>();
            for (OoapiOffering offering : objects.offeringsOf(education)) {
                if (!offerings.containsKey(offering.id())) {
                    itsOfferings.add(parse(offering.content()));
                }
            }
            offerings.values().stream()
                    .filter(offering -> offering.parent().equals(education))
                    .forEach(offering -> itsOfferings.add(offering.content()));
            OfferingDetails details = OoapiTranslation.details(kind, content, itsOfferings);

            OfferingView view;
            if (stored.isEmpty()) {
                view = register.submitOffering(provider, details);
                registerOutcomes.put(education, ImportOutcome.CREATED);
            } else {
                OfferingView current =
                        register.offering(stored.get().offering()).orElseThrow();
                if (current.details().equals(details)) {
                    view = current;
                    registerOutcomes.put(education, ImportOutcome.UNCHANGED);
                } else {
                    view = register.reviseOffering(current.id(), details);
                    registerOutcomes.put(education, ImportOutcome.REVISED);
                }
            }
            views.put(education, view);
            if (sent != null
                    && (stored.isEmpty() || !parse(stored.get().content()).equals(sent.content()))) {
                objects.save(new OoapiEducation(education, kind, provider, view.id(), text(sent.content())), now);
                storedNow.add(education);
            }
        }

        List<ImportResult.Item> results = new ArrayList<>();
        for (ImportItem item : items) {
            results.add(
                    switch (item.kind()) {
                        case ORGANIZATION -> organization(provider, item, now);
                        case PROGRAM, COURSE ->
                            new ImportResult.Item(
                                    item.id(),
                                    item.kind(),
                                    outcome(registerOutcomes.get(item.id()), storedNow.contains(item.id())),
                                    views.get(item.id()));
                        case PROGRAM_OFFERING, COURSE_OFFERING ->
                            new ImportResult.Item(
                                    item.id(),
                                    item.kind(),
                                    outcome(registerOutcomes.get(item.parent()), offering(provider, item, now)),
                                    views.get(item.parent()));
                    });
        }
        return new ImportResult(results);
    }

    /** Ids of other providers or of another kind are conflicts; an offering's program or course must be known. */
    private void checkAgainstWhatIsStored(
            ProviderId provider, List<ImportItem> items, Map<UUID, ImportItem> educations) {
        Violations violations = new Violations();
        List<String> conflicts = new ArrayList<>();
        for (ImportItem item : items) {
            switch (item.kind()) {
                case ORGANIZATION ->
                    objects.organization(item.id())
                            .filter(stored -> !stored.provider().equals(provider))
                            .ifPresent(stored -> conflicts.add(item.path() + ": organization " + item.id()
                                    + " was imported by another provider."));
                case PROGRAM, COURSE ->
                    objects.education(item.id()).ifPresent(stored -> {
                        if (!stored.provider().equals(provider)) {
                            conflicts.add(item.path() + ": " + name(item.kind()) + " " + item.id()
                                    + " was imported by another provider.");
                        } else if (stored.kind() != item.kind()) {
                            conflicts.add(item.path() + ": " + item.id() + " was imported as a " + name(stored.kind())
                                    + ", not a " + name(item.kind()) + ".");
                        }
                    });
                case PROGRAM_OFFERING, COURSE_OFFERING -> {
                    objects.offering(item.id()).ifPresent(stored -> {
                        if (!stored.provider().equals(provider)) {
                            conflicts.add(
                                    item.path() + ": offering " + item.id() + " was imported by another provider.");
                        } else if (stored.kind() != item.kind()) {
                            conflicts.add(item.path() + ": offering " + item.id() + " was imported as a "
                                    + name(stored.kind()) + ", not a " + name(item.kind()) + ".");
                        }
                    });
                    OoapiKind wanted = item.kind().education();
                    ImportItem sent = educations.get(item.parent());
                    boolean known = sent != null
                            ? sent.kind() == wanted
                            : objects.education(item.parent())
                                    .filter(stored -> stored.provider().equals(provider) && stored.kind() == wanted)
                                    .isPresent();
                    if (!known) {
                        violations.add(
                                Violations.path(item.path(), item.educationField()),
                                "unknown",
                                "refers to " + name(wanted) + " " + item.parent() + ", which is neither in this import"
                                        + " nor imported earlier for this provider; import the " + name(wanted)
                                        + " first or in the same request");
                    }
                }
            }
        }
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations.all());
        }
        if (!conflicts.isEmpty()) {
            throw new RegisterConflict(String.join(" ", conflicts));
        }
    }

    /** The programs and courses whose register offering the import may change, in the order they come up. */
    private Set<UUID> affected(List<ImportItem> items) {
        Set<UUID> affected = new LinkedHashSet<>();
        for (ImportItem item : items) {
            if (item.kind().isEducation()) {
                affected.add(item.id());
            } else if (item.kind().isOffering()) {
                affected.add(item.parent());
                // An offering that moves to another program or course changes the one it leaves too.
                objects.offering(item.id()).map(OoapiOffering::education).ifPresent(affected::add);
            }
        }
        return affected;
    }

    private ImportResult.Item organization(ProviderId provider, ImportItem item, Instant now) {
        Optional<OoapiOrganization> stored = objects.organization(item.id());
        boolean changed = stored.isEmpty() || !parse(stored.get().content()).equals(item.content());
        if (changed) {
            objects.save(new OoapiOrganization(item.id(), provider, text(item.content())), now);
        }
        return new ImportResult.Item(
                item.id(), item.kind(), changed ? ImportOutcome.RECORDED : ImportOutcome.UNCHANGED, null);
    }

    /** Stores an offering if it is new, changed or moved; whether it did. */
    private boolean offering(ProviderId provider, ImportItem item, Instant now) {
        Optional<OoapiOffering> stored = objects.offering(item.id());
        boolean changed = stored.isEmpty()
                || !stored.get().education().equals(item.parent())
                || !parse(stored.get().content()).equals(item.content());
        if (changed) {
            objects.save(
                    new OoapiOffering(
                            item.id(),
                            item.kind(),
                            item.parent(),
                            provider,
                            LocalDate.parse(item.content().get("startDate").stringValue()),
                            LocalDate.parse(item.content().get("endDate").stringValue()),
                            text(item.content())),
                    now);
        }
        return changed;
    }

    private static ImportOutcome outcome(@Nullable ImportOutcome registerOutcome, boolean stored) {
        if (registerOutcome == ImportOutcome.CREATED || registerOutcome == ImportOutcome.REVISED) {
            return registerOutcome;
        }
        return stored ? ImportOutcome.RECORDED : ImportOutcome.UNCHANGED;
    }

    private static String name(OoapiKind kind) {
        return switch (kind) {
            case ORGANIZATION -> "organization";
            case PROGRAM -> "program";
            case COURSE -> "course";
            case PROGRAM_OFFERING -> "program offering";
            case COURSE_OFFERING -> "course offering";
        };
    }

    static JsonNode parse(String content) {
        return JSON.readTree(content);
    }

    private static String text(JsonNode content) {
        return JSON.writeValueAsString(content);
    }
}
