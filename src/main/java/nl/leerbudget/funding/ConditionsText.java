package nl.leerbudget.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.shared.OfferingType;

/** What money may pay for and what happens to the rest, in Dutch (B1), for the funder's pages and the overview. */
public final class ConditionsText {

    private ConditionsText() {}

    /** "Voor elke opleiding", or the conditions joined: "Alleen mbo-certificaat of korte cursus; alleen erkend". */
    public static String of(CompartmentConditions conditions) {
        List<String> parts = new ArrayList<>();
        if (conditions.offeringId() != null) {
            parts.add("Alleen voor één opleiding");
        }
        if (!conditions.offeringTypes().isEmpty()) {
            parts.add("Alleen "
                    + conditions.offeringTypes().stream()
                            .sorted()
                            .map(ConditionsText::type)
                            .collect(Collectors.joining(" of ")));
        }
        if (conditions.recognisedOnly()) {
            parts.add("alleen erkende opleidingen (door de overheid bekostigd)");
        }
        if (!conditions.sectors().isEmpty()) {
            parts.add("alleen opleidingen voor werk in: "
                    + conditions.sectors().stream().sorted().collect(Collectors.joining(", ")));
        }
        if (!conditions.levels().isEmpty()) {
            parts.add((conditions.levels().size() == 1 ? "alleen op niveau " : "alleen op de niveaus ")
                    + conditions.levels().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        if (!conditions.occupations().isEmpty()) {
            parts.add("alleen opleidingen voor de beroepen met ISCO-code "
                    + conditions.occupations().stream().sorted().collect(Collectors.joining(", ")));
        }
        if (!conditions.providers().isEmpty()) {
            parts.add((conditions.providers().size() == 1
                            ? "alleen bij de opleider met KvK-nummer "
                            : "alleen bij de opleiders met KvK-nummer ")
                    + conditions.providers().stream().sorted().collect(Collectors.joining(", ")));
        }
        if (parts.isEmpty()) {
            return "Voor elke opleiding";
        }
        String text = String.join("; ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public static String type(OfferingType type) {
        return switch (type) {
            case DIPLOMA_PROGRAMME -> "diplomaopleiding";
            case MBO_CERTIFICATE -> "mbo-certificaat";
            case MICROCREDENTIAL -> "microcredential";
            case SHORT_COURSE -> "korte cursus";
            case EVC_PROCEDURE -> "EVC-procedure";
            case CAREER_ADVICE -> "loopbaanadvies";
        };
    }

    /** What happens to the money when the relation with the funder ends. */
    public static String relationEnd(RelationEndRule rule) {
        return switch (rule) {
            case PERSON_KEEPS -> "De persoon houdt het geld, ook bij een andere baan";
            case RETURN_TO_FUNDER -> "Wat nog niet is gebruikt, gaat terug naar de financier";
            case TO_STATE -> "Wat nog niet is gebruikt, gaat naar de overheid";
        };
    }

    public static String expiry(ExpiryRule rule) {
        return switch (rule) {
            case RETURN_TO_FUNDER -> "Wat over is, gaat terug naar de financier";
            case LAPSE_TO_STATE -> "Wat over is, gaat naar de overheid";
        };
    }
}
