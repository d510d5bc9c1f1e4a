package nl.leerbudget.schemes.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.schemes.ApplicantFacts;
import nl.leerbudget.schemes.GrantHistory;
import nl.leerbudget.schemes.SchemeApplication;
import nl.leerbudget.shared.PersonId;

/** Where schemes, windows, applicant facts and applications are kept. Writes join the caller's transaction. */
public interface SchemeStore {

    /** A scheme version as defined. */
    record StoredScheme(String id, int version, String name, String definition, String definedBy, Instant definedAt) {}

    void insertScheme(StoredScheme scheme);

    Optional<StoredScheme> scheme(String id, int version);

    /** The latest version of every scheme, by id. */
    List<StoredScheme> latestSchemes();

    void insertWindow(WindowRow window, String createdBy, Instant createdAt);

    Optional<WindowRow> window(UUID id);

    /** The window, locked until the end of the transaction: one batch of applications at a time. */
    Optional<WindowRow> lockWindow(UUID id);

    List<WindowRow> windows();

    /** Stores the counters, pots and closing of a window locked in this transaction. */
    void updateWindow(WindowRow window);

    void saveApplicants(Collection<ApplicantFacts> facts, Instant now);

    Map<PersonId, ApplicantFacts> applicants(Collection<PersonId> people);

    /** Applications of the window with these request ids. */
    Map<UUID, SchemeApplication> byRequest(UUID window, String windowCode, Collection<UUID> requestIds);

    /** Those of these people who applied in the window before. */
    Set<PersonId> appliedIn(UUID window, Collection<PersonId> people);

    /** Grants of a scheme to these people (every window, every year). */
    Map<PersonId, List<GrantHistory.EarlierGrant>> grants(String schemeId, Collection<PersonId> people);

    void insertApplications(List<SchemeApplication> applications);

    /** Stores the decisions of applications decided after receipt (a lottery's draw, a promotion). */
    void updateDecisions(List<SchemeApplication> applications);

    Optional<SchemeApplication> application(UUID id);

    List<SchemeApplication> applicationsOf(PersonId person);

    /** How many applications the window received at or after {@code since}. */
    long receivedSince(UUID window, Instant since);

    /** Applications of a window with this status, in receipt order. */
    List<SchemeApplication> inWindow(
            UUID window, String windowCode, Set<nl.leerbudget.schemes.ApplicationStatus> status);

    // ---------------------------------------------------------------- after the decision

    /** The application, locked until the end of the transaction. */
    Optional<SchemeApplication> lockApplication(UUID id);

    /** Stores the status, start and end of an application locked in this transaction. */
    void updateProgress(SchemeApplication application);

    /** What a provider or person did after the decision, under their request id. */
    record Change(
            UUID requestId,
            UUID application,
            ChangeKind kind,
            UUID ledgerCommand,
            String changedBy,
            Instant changedAt) {}

    enum ChangeKind {
        START_CONFIRMED,
        START_CANCELLED,
        WITHDRAWN
    }

    Optional<Change> change(UUID requestId);

    void insertChange(Change change);

    /** Grants that still hold on a day on or after their lapse date. */
    List<SchemeApplication> lapsedGrants(java.time.LocalDate day);

    /** A window's grants that still hold on a day on or after their lapse date, locked, in receipt order. */
    List<SchemeApplication> lockLapsedGrants(UUID window, java.time.LocalDate day);

    /** A grant as the ledger should show it: its compartment, amount and, once started, the settling transfer. */
    record GrantRow(
            UUID application,
            String status,
            UUID compartment,
            long amountCents,
            @org.jspecify.annotations.Nullable UUID settlement) {}

    /** Granted, started and paid applications in id order, after the given one (null: from the start). */
    List<GrantRow> grants(@org.jspecify.annotations.Nullable UUID after, int limit);

    /** Every grant settled to a provider and not yet paid, locked, by id. */
    List<SchemeApplication> lockUnpaid();

    void insertPayoutRun(nl.leerbudget.schemes.PayoutRun run, String file);

    Optional<nl.leerbudget.schemes.PayoutRun> payoutRun(UUID id);

    Optional<nl.leerbudget.schemes.PayoutRun> payoutRunByRequest(UUID requestId);

    /** The newest runs first. */
    List<nl.leerbudget.schemes.PayoutRun> payoutRuns(int limit);

    Optional<String> payoutFile(UUID id);
}
