package nl.leerbudget.skills;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.skills.domain.Broader;
import nl.leerbudget.skills.domain.Concept;
import nl.leerbudget.skills.domain.ConceptKind;
import nl.leerbudget.skills.domain.EscoFiles;
import nl.leerbudget.skills.domain.Relation;
import nl.leerbudget.skills.domain.ReleaseContent;
import nl.leerbudget.skills.domain.ReleaseReader;
import nl.leerbudget.skills.domain.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an ESCO release, in the layout of the Commission's CSV download, into the taxonomy: the files are read
 * first (outside any transaction), then compared with what is stored, and the differences are written in one
 * transaction: new rows in bulk ({@code COPY} on PostgreSQL), changed and removed ones as batches. So a re-import of
 * the same release writes nothing, a newer release updates in place (ESCO's URIs are the keys, so offerings tagged with
 * a skill keep it), and a failed import leaves the stored release as it was. The report says per kind what was added,
 * changed and removed; every import is recorded with it ({@code esco_import}). Progress goes to the log and to
 * {@link ImportProgress}.
 *
 * <p>For the system only: at start-up ({@code batch.EscoLoad}) or from the command line.
 */
@Service
public class EscoImport {

    /** The release the application ships, on the class path (third-party/esco-v1.1.1 in the sources). */
    public static final String SHIPPED_VERSION = "v1.1.1";

    static final String SHIPPED_FOLDER = "esco/v1.1.1/";
    static final List<String> SHIPPED_FILES =
            List.of("esco-v1.1.1-classification-en-csv.zip", "esco-v1.1.1-relations-csv.zip", "occupations_nl.csv");

    private static final Logger log = LoggerFactory.getLogger(EscoImport.class);

    private final Taxonomy taxonomy;
    private final Actors actors;
    private final Clock clock;
    private final ImportProgress progress;
    private final TransactionTemplate writes;

    EscoImport(
            Taxonomy taxonomy,
            Actors actors,
            Clock clock,
            ImportProgress progress,
            PlatformTransactionManager transactionManager) {
        this.taxonomy = taxonomy;
        this.actors = actors;
        this.clock = clock;
        this.progress = progress;
        this.writes = new TransactionTemplate(transactionManager);
    }

    /** The files of the release the application ships. */
    public static EscoFiles shipped() {
        Map<String, EscoFiles.Opener> sources = new LinkedHashMap<>();
        for (String name : SHIPPED_FILES) {
            String resource = "/" + SHIPPED_FOLDER + name;
            sources.put(name, () -> {
                var in = EscoImport.class.getResourceAsStream(resource);
                if (in == null) {
                    throw new IllegalStateException("the application lacks " + resource);
                }
                return in;
            });
        }
        return EscoFiles.of(sources);
    }

    /** Imports the shipped release. */
    public ImportReport importShipped() {
        return importRelease(SHIPPED_VERSION, shipped());
    }

    /**
     * Imports the release in {@code files} as {@code version}, in one transaction.
     *
     * @throws NotPermitted unless the system acts
     * @throws nl.leerbudget.skills.domain.EscoFileException when the files are not an ESCO release
     */
    public ImportReport importRelease(String version, EscoFiles files) {
        if (!actors.current().isSystem()) {
            throw new NotPermitted("only the system imports ESCO");
        }
        Instant started = clock.instant();
        long startedNanos = System.nanoTime();
        progress.started(version);
        try {
            ReleaseContent release = ReleaseReader.read(version, files, file -> {
                progress.step("reading " + file);
                log.info("ESCO {}: reading {}", version, file);
            });
            ImportReport report = Objects.requireNonNull(writes.execute(status -> {
                progress.step("comparing with what is stored");
                Map<String, ImportReport.Change> changes = apply(release);
                Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
                ImportReport done = new ImportReport(version, changes, release.rowsRead(), release.skipped(), took);
                taxonomy.recordImport(
                        version,
                        started,
                        clock.instant(),
                        actors.current().userId(),
                        done.summary(),
                        String.join("\n", release.skipped()));
                return done;
            }));
            progress.done(version);
            log.info("{}", report);
            return report;
        } catch (RuntimeException e) {
            progress.failed(version, String.valueOf(e.getMessage()));
            throw e;
        }
    }

    /** Writes the differences between the stored release and {@code release}; returns them per kind. */
    private Map<String, ImportReport.Change> apply(ReleaseContent release) {
        Map<String, Taxonomy.Stored> stored = taxonomy.concepts();
        Map<ConceptKind, long[]> counts = new HashMap<>();
        for (ConceptKind kind : ConceptKind.values()) {
            counts.put(kind, new long[3]);
        }
        List<Concept> added = new ArrayList<>();
        List<Concept> changed = new ArrayList<>();
        for (Concept concept : release.concepts().values()) {
            Taxonomy.Stored known = stored.get(concept.uri());
            if (known == null) {
                added.add(concept);
                Objects.requireNonNull(counts.get(concept.kind()))[0]++;
            } else if (!known.fingerprint().equals(concept.fingerprint())) {
                changed.add(concept);
                Objects.requireNonNull(counts.get(concept.kind()))[1]++;
            }
        }
        List<String> removed = new ArrayList<>();
        stored.forEach((uri, known) -> {
            if (!release.concepts().containsKey(uri)) {
                removed.add(uri);
                Objects.requireNonNull(counts.get(known.kind()))[2]++;
            }
        });

        Map<String, Boolean> storedRelations = taxonomy.relations();
        Set<String> keep = new HashSet<>();
        List<Relation> addedRelations = new ArrayList<>();
        List<Relation> changedRelations = new ArrayList<>();
        for (Relation relation : release.relations()) {
            String key = relation.occupation() + " " + relation.skill();
            keep.add(key);
            Boolean essential = storedRelations.get(key);
            if (essential == null) {
                addedRelations.add(relation);
            } else if (essential != relation.essential()) {
                changedRelations.add(relation);
            }
        }
        Set<String> removedConcepts = new HashSet<>(removed);
        List<Relation> removedRelations = new ArrayList<>();
        long removedWithConcepts = 0;
        for (Map.Entry<String, Boolean> entry : storedRelations.entrySet()) {
            if (!keep.contains(entry.getKey())) {
                String[] parts = entry.getKey().split(" ", 2);
                Relation gone = new Relation(parts[0], parts[1], entry.getValue());
                if (removedConcepts.contains(parts[0]) || removedConcepts.contains(parts[1])) {
                    removedWithConcepts++;
                } else {
                    removedRelations.add(gone);
                }
            }
        }
        Set<Broader> storedBroader = taxonomy.broader();
        Set<Broader> newBroader = new HashSet<>(release.broader());
        List<Broader> addedBroader = release.broader().stream()
                .filter(b -> !storedBroader.contains(b))
                .toList();
        List<Broader> removedBroader = new ArrayList<>();
        long broaderWithConcepts = 0;
        for (Broader b : storedBroader) {
            if (!newBroader.contains(b)) {
                if (removedConcepts.contains(b.uri()) || removedConcepts.contains(b.broaderUri())) {
                    broaderWithConcepts++;
                } else {
                    removedBroader.add(b);
                }
            }
        }

        progress.step("removing what the release no longer has");
        taxonomy.deleteRelations(removedRelations);
        taxonomy.deleteBroader(removedBroader);
        taxonomy.deleteConcepts(removed);
        progress.step("writing " + added.size() + " new and " + changed.size() + " changed concepts");
        taxonomy.insertConcepts(added);
        taxonomy.updateConcepts(changed);
        progress.step("writing " + addedRelations.size() + " new occupation-skill relations");
        taxonomy.insertRelations(addedRelations);
        taxonomy.updateRelations(changedRelations);
        taxonomy.insertBroader(addedBroader);

        Map<String, ImportReport.Change> changes = new LinkedHashMap<>();
        List<ConceptKind> kinds =
                List.of(ConceptKind.OCCUPATION, ConceptKind.SKILL, ConceptKind.SKILL_GROUP, ConceptKind.ISCO_GROUP);
        for (int i = 0; i < kinds.size(); i++) {
            long[] c = Objects.requireNonNull(counts.get(kinds.get(i)));
            changes.put(
                    ImportReport.KINDS.get(i), new ImportReport.Change(c[0], c[1], c[2], release.count(kinds.get(i))));
        }
        changes.put(
                "occupation-skill relations",
                new ImportReport.Change(
                        addedRelations.size(),
                        changedRelations.size(),
                        removedRelations.size() + removedWithConcepts,
                        release.relations().size()));
        changes.put(
                "hierarchy",
                new ImportReport.Change(
                        addedBroader.size(), 0, removedBroader.size() + broaderWithConcepts, newBroader.size()));
        return changes;
    }
}
