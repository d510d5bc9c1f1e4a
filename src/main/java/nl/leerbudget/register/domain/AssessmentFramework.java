package nl.leerbudget.register.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.leerbudget.register.Finding;
import nl.leerbudget.register.Finding.Effect;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.ProviderStatus;
import nl.leerbudget.register.QualityMark;
import nl.leerbudget.shared.OfferingType;

/**
 * The published assessment framework (toetsingskader) of the training register: the automatic checks an offering
 * passes before a reviewer decides. Each rule has a stable id and a Dutch explanation for the provider. A REJECT
 * finding stops admission; a REVIEW finding asks the reviewer to look. Every offering is still reviewed by a person.
 */
public final class AssessmentFramework {

    /** A price per hour this many times the median of similar offerings, or this fraction of it, is an outlier. */
    static final long OUTLIER_FACTOR = 3;

    /** Words that suggest leisure rather than the labour market (STAP: 4% of grants went to hobby courses). */
    static final Set<String> LEISURE_WORDS = Set.of(
            "hobby",
            "vrije tijd",
            "vrijetijd",
            "ontspanning",
            "wijnproeven",
            "bloemschikken",
            "paardrijden",
            "yoga",
            "dansles",
            "kookworkshop",
            "mindfulness",
            "zelfontplooiing",
            "spiritueel",
            "astrologie",
            "tarot");

    /** Fields of study that are leisure by definition. */
    static final Set<String> LEISURE_FIELDS = Set.of("leisure", "hobby", "vrije-tijd");

    private AssessmentFramework() {}

    /** What the framework knows of the provider. */
    public record Provider(ProviderStatus status, List<QualityMark> qualityMarks) {}

    /**
     * @param similarPricesPerHour prices per study hour (cents) of admitted offerings of the same type
     */
    public static List<Finding> check(
            Provider provider, OfferingDetails offering, List<Long> similarPricesPerHour, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        if (provider.status() != ProviderStatus.ADMITTED) {
            findings.add(new Finding(
                    "R1",
                    Effect.REJECT,
                    "De aanbieder is niet toegelaten tot het scholingsregister (status " + provider.status() + ")."));
        }
        boolean validMark = provider.qualityMarks().stream().anyMatch(mark -> mark.validOn(today));
        if (!validMark) {
            findings.add(new Finding(
                    "R2",
                    Effect.REJECT,
                    "De aanbieder heeft geen geldig kwaliteitskeurmerk (zoals NRTO, CRKBO of Cedeo) en is geen"
                            + " door OCW erkende instelling."));
        }
        List<String> missing = missing(offering);
        if (!missing.isEmpty()) {
            findings.add(new Finding(
                    "R3",
                    Effect.REJECT,
                    "De gegevens van de opleiding zijn niet compleet: " + String.join(", ", missing) + "."));
        }
        boolean ocwInstitution = provider.qualityMarks().stream()
                .anyMatch(m -> m.scheme() == QualityMark.Scheme.OCW_INSTITUTION && m.validOn(today));
        if (offering.recognised() && !ocwInstitution) {
            findings.add(new Finding(
                    "R4",
                    Effect.REJECT,
                    "De opleiding is als door OCW erkend opgegeven, maar de aanbieder is geen erkende instelling."));
        }
        priceFinding(offering, similarPricesPerHour).ifPresent(findings::add);
        if (looksLikeLeisure(offering)) {
            findings.add(new Finding(
                    "R6",
                    Effect.REVIEW,
                    "De opleiding lijkt op vrijetijdsbesteding. Een beoordelaar kijkt of ze bijdraagt aan uw positie op"
                            + " de arbeidsmarkt."));
        }
        return findings;
    }

    private static List<String> missing(OfferingDetails offering) {
        List<String> missing = new ArrayList<>();
        if (offering.name().isBlank()) {
            missing.add("naam");
        }
        if (offering.description().strip().length() < 50) {
            missing.add("beschrijving van ten minste 50 tekens");
        }
        boolean levelled =
                offering.type() == OfferingType.DIPLOMA_PROGRAMME || offering.type() == OfferingType.MBO_CERTIFICATE;
        if (levelled && offering.level() == null) {
            missing.add("niveau (NLQF)");
        }
        if (offering.studyLoad() <= 0) {
            missing.add("studielast");
        }
        if (offering.type() != OfferingType.CAREER_ADVICE && offering.priceCents() <= 0) {
            missing.add("prijs");
        }
        if (offering.eligibleCostCents() > offering.priceCents()) {
            missing.add("subsidiabele kosten die niet hoger zijn dan de prijs");
        }
        if (offering.vatCents() > offering.priceCents()) {
            missing.add("btw die niet hoger is dan de prijs");
        }
        if (offering.modality() != OfferingDetails.Modality.ONLINE
                && (offering.location() == null || offering.location().isBlank())) {
            missing.add("plaats");
        }
        return missing;
    }

    /** Price per study hour against the median of similar offerings; an outlier goes to review. */
    private static java.util.Optional<Finding> priceFinding(OfferingDetails offering, List<Long> similar) {
        long hours = hours(offering);
        if (similar.size() < 5 || hours <= 0 || offering.priceCents() <= 0) {
            return java.util.Optional.empty(); // too little to compare with
        }
        List<Long> sorted = similar.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        long perHour = offering.priceCents() / hours;
        if (median > 0 && (perHour > OUTLIER_FACTOR * median || perHour * OUTLIER_FACTOR < median)) {
            return java.util.Optional.of(new Finding(
                    "R5",
                    Effect.REVIEW,
                    "De prijs per studie-uur wijkt sterk af van vergelijkbare opleidingen (mediaan EUR "
                            + nl.leerbudget.shared.Money.cents(median).toDecimalString() + " per uur)."));
        }
        return java.util.Optional.empty();
    }

    /** Study hours: an EC is 28 hours (Dutch higher education). */
    public static long hours(OfferingDetails offering) {
        return offering.studyLoadUnit() == OfferingDetails.StudyLoadUnit.EC
                ? 28L * offering.studyLoad()
                : offering.studyLoad();
    }

    static boolean looksLikeLeisure(OfferingDetails offering) {
        String text = (offering.name() + " " + offering.description()).toLowerCase(Locale.ROOT);
        return LEISURE_WORDS.stream().anyMatch(text::contains)
                || offering.fieldsOfStudy().stream()
                        .map(f -> f.toLowerCase(Locale.ROOT))
                        .anyMatch(LEISURE_FIELDS::contains);
    }
}
