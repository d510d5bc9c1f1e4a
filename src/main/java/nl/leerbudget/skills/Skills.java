package nl.leerbudget.skills;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerbudget.overview.Financing;
import nl.leerbudget.register.Catalogue;
import nl.leerbudget.register.OfferingView;
import nl.leerbudget.register.SkillCoverage;
import nl.leerbudget.skills.SkillGap.SkillView;
import nl.leerbudget.skills.domain.ConceptKind;
import nl.leerbudget.skills.domain.GapAnalysis;
import nl.leerbudget.skills.domain.Ranking;
import nl.leerbudget.skills.domain.Taxonomy;
import nl.leerbudget.skills.domain.Taxonomy.Label;
import nl.leerbudget.skills.domain.Taxonomy.Requirement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The skills taxonomy as people use it, open to everyone: occupations found by their labels (Dutch, with the
 * alternative labels), a gap between the skills a person has and those an occupation asks, and the admitted offerings
 * that close most of it. What an offering would cost is the person's own financing plan ({@link Financing}), so it is
 * there only for a citizen, or an adviser acting for one. Nothing here is stored: what a person says they can is
 * part of the question, not of their record.
 */
@Service
public class Skills {

    /** The language of labels shown; ESCO has Dutch labels for occupations, skills fall back to English. */
    public static final String LANGUAGE = "nl";

    /** Offerings looked at for a gap, of which the best are recommended. */
    static final int CANDIDATES = 50;

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final Taxonomy taxonomy;
    private final Catalogue catalogue;
    private final Financing financing;
    private final ImportProgress progress;
    private final Clock clock;

    Skills(Taxonomy taxonomy, Catalogue catalogue, Financing financing, ImportProgress progress, Clock clock) {
        this.taxonomy = taxonomy;
        this.catalogue = catalogue;
        this.financing = financing;
        this.progress = progress;
        this.clock = clock;
    }

    /** The release stored, if any. */
    @Transactional(readOnly = true)
    public Optional<String> release() {
        return taxonomy.lastImport().map(Taxonomy.LastImport::version);
    }

    /** "ESCO v1.1.1, © European Union": what the terms of reuse ask wherever ESCO data is shown. */
    public String attribution() {
        return "ESCO " + release().orElse(EscoImport.SHIPPED_VERSION) + ", © European Union";
    }

    /** Whether the taxonomy is being loaded now, as the pages say. */
    public ImportProgress progress() {
        return progress;
    }

    /** Up to {@code limit} occupations whose Dutch labels (preferred or alternative) contain every word of the text. */
    @Transactional(readOnly = true)
    public List<OccupationView> searchOccupations(String text, int limit) {
        return taxonomy.searchOccupations(LANGUAGE, words(text), limit).stream()
                .map(Skills::occupation)
                .toList();
    }

    /** The occupation with this URI or id (the URI's last part). */
    @Transactional(readOnly = true)
    public Optional<OccupationView> occupation(String uriOrId) {
        String uri = uri("occupation", uriOrId);
        return Optional.ofNullable(taxonomy.labels(List.of(uri), LANGUAGE).get(uri))
                .filter(label -> label.kind() == ConceptKind.OCCUPATION)
                .map(Skills::occupation);
    }

    /** The skills the occupation asks, essential first, each group in alphabetical order. */
    @Transactional(readOnly = true)
    public List<SkillView> requirements(OccupationView occupation) {
        return taxonomy.requirements(occupation.uri(), LANGUAGE).stream()
                .map(Skills::skill)
                .sorted((a, b) -> a.essential() != b.essential()
                        ? a.essential() ? -1 : 1
                        : a.label().compareToIgnoreCase(b.label()))
                .toList();
    }

    /**
     * The gap between what a person has and what {@code target} asks: the skills they say they have (URIs or ids),
     * and, when they start from a current occupation, every skill of that occupation.
     */
    @Transactional(readOnly = true)
    public SkillGap gap(OccupationView target, Set<String> has, @Nullable OccupationView current) {
        Set<String> had = new HashSet<>();
        has.forEach(skill -> had.add(uri("skill", skill)));
        if (current != null) {
            had.addAll(taxonomy.skillsOf(List.of(current.uri())));
        }
        GapAnalysis.Result result = GapAnalysis.of(taxonomy.requirements(target.uri(), LANGUAGE), had);
        Map<GapAnalysis.Group, List<SkillView>> missing = new EnumMap<>(GapAnalysis.Group.class);
        result.missing()
                .forEach((group, list) ->
                        missing.put(group, list.stream().map(Skills::skill).toList()));
        return new SkillGap(
                target, current, result.had().stream().map(Skills::skill).toList(), missing, attribution());
    }

    /**
     * Up to {@code limit} admitted offerings that cover the most missing essential skills of the gap (or, when none
     * is missing, the most missing optional ones), each with what it would cost the person after their budgets when
     * the actor has financing plans (a citizen, or an adviser acting for one).
     */
    public List<Recommendation> recommendations(SkillGap gap, int limit) {
        List<SkillView> wanted = new ArrayList<>(gap.missing(GapAnalysis.Group.ESSENTIAL_SKILLS));
        wanted.addAll(gap.missing(GapAnalysis.Group.ESSENTIAL_KNOWLEDGE));
        if (wanted.isEmpty()) {
            wanted.addAll(gap.missing(GapAnalysis.Group.OPTIONAL_SKILLS));
            wanted.addAll(gap.missing(GapAnalysis.Group.OPTIONAL_KNOWLEDGE));
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, SkillView> byUri = wanted.stream().collect(Collectors.toMap(SkillView::uri, Function.identity()));
        List<SkillCoverage> covering = catalogue.covering(new LinkedHashSet<>(byUri.keySet()), CANDIDATES);
        Map<String, SkillCoverage> byOffering = new HashMap<>();
        List<Ranking.Candidate> candidates = new ArrayList<>();
        for (SkillCoverage c : covering) {
            String id = c.offering().offering().value().toString();
            byOffering.put(id, c);
            candidates.add(new Ranking.Candidate(
                    id, c.skills(), c.offering().bookable(), c.offering().priceCents()));
        }
        boolean plans = financing.hasPlans();
        List<Recommendation> recommendations = new ArrayList<>();
        for (Ranking.Candidate candidate : Ranking.rank(candidates, limit)) {
            SkillCoverage coverage = java.util.Objects.requireNonNull(byOffering.get(candidate.offering()));
            List<SkillView> covers = coverage.skills().stream()
                    .map(uri -> java.util.Objects.requireNonNull(byUri.get(uri)))
                    .sorted((a, b) -> a.label().compareToIgnoreCase(b.label()))
                    .toList();
            recommendations.add(new Recommendation(coverage.offering(), covers, plans ? cost(coverage) : null));
        }
        return recommendations;
    }

    /** What the person pays for the offering's first coming start, by their financing plan. */
    private Recommendation.@Nullable Cost cost(SkillCoverage coverage) {
        Optional<OfferingView> offering = financing.offering(coverage.offering().offering());
        LocalDate today = LocalDate.now(clock.withZone(NETHERLANDS));
        Optional<LocalDate> start = offering.flatMap(o -> o.details().startDates().stream()
                .filter(day -> !day.isBefore(today))
                .sorted()
                .findFirst());
        if (start.isEmpty()) {
            return null;
        }
        return switch (financing.plan(coverage.offering().offering(), start.get())) {
            case Financing.Quote.Planned planned ->
                new Recommendation.Cost(
                        start.get(),
                        planned.plan().price(),
                        planned.plan().covered(),
                        planned.plan().personPays(),
                        planned.plan().fingerprint());
            case Financing.Quote.UnknownOffering unknown -> null;
            case Financing.Quote.NotAStartDate notAStart -> null;
        };
    }

    /** The lower-case words of a search, without the characters LIKE gives a meaning. */
    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT)
                        .replaceAll("[%_\\\\]", " ")
                        .split("\\s+"))
                .filter(word -> !word.isBlank())
                .limit(5)
                .toList();
    }

    /** A full URI from an id (the URI's last part), or the URI itself. */
    static String uri(String kind, String uriOrId) {
        return uriOrId.startsWith("http") ? uriOrId : "http://data.europa.eu/esco/" + kind + "/" + uriOrId;
    }

    private static OccupationView occupation(Label label) {
        return new OccupationView(label.uri(), label.preferred(), label.language());
    }

    private static SkillView skill(Requirement requirement) {
        Label label = requirement.skill();
        return new SkillView(
                label.uri(),
                label.preferred(),
                label.language(),
                "knowledge".equals(label.skillType()),
                requirement.essential());
    }
}
