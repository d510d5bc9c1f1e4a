package nl.leerbudget.funding.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.leerbudget.funding.DepositTerms;
import nl.leerbudget.funding.RelationEndRule;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.platform.web.Characters;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/**
 * The terms of a deposit as the funder fills them in on a page: the description people see, which kinds of training
 * the money is for, recognised training only, the sectors the training leads to, its levels, the occupations it
 * leads to (ISCO codes), the providers that may give it (KvK numbers), the validity and what happens to the rest. Read into {@link DepositTerms}, or into Dutch messages, one per field.
 */
record TermsForm(
        @Nullable String label,
        @Nullable List<String> types,
        @Nullable String recognised,
        @Nullable String sectors,
        @Nullable List<String> levels,
        @Nullable String occupations,
        @Nullable String providers,
        @Nullable String from,
        @Nullable String until,
        @Nullable String rest,
        @Nullable String relationEnd) {

    private static final Pattern SECTOR = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The terms, or the messages that say what to correct. */
    sealed interface Read {
        record Valid(DepositTerms terms) implements Read {}

        record Invalid(List<String> messages) implements Read {}
    }

    Read read() {
        List<String> messages = new ArrayList<>();
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > 200 || Characters.problem(name) != null) {
            messages.add("Geef het geld een naam van 1 tot 200 tekens, bijvoorbeeld 'Opleidingsbudget 2027'.");
        }
        Set<OfferingType> offeringTypes = EnumSet.noneOf(OfferingType.class);
        for (String type : types == null ? List.<String>of() : types) {
            try {
                offeringTypes.add(OfferingType.valueOf(type));
            } catch (IllegalArgumentException e) {
                messages.add("Kies de soorten opleidingen uit de lijst.");
            }
        }
        Set<String> sectorCodes = new LinkedHashSet<>();
        if (sectors != null) {
            for (String sector : sectors.split("[,;]")) {
                String code = sector.strip();
                if (code.isEmpty()) {
                    continue;
                }
                if (!SECTOR.matcher(code).matches()) {
                    messages.add("Schrijf sectoren als woorden zonder spaties, gescheiden door komma's, zoals"
                            + " 'techniek, zorg'.");
                    break;
                }
                sectorCodes.add(code.toLowerCase(java.util.Locale.ROOT));
            }
        }
        Set<Integer> levelCodes = ConditionCodes.levels(levels).orElseGet(() -> {
            messages.add("Kies de niveaus uit de lijst (1 tot en met 8).");
            return Set.of();
        });
        Set<String> occupationCodes = ConditionCodes.occupations(occupations).orElseGet(() -> {
            messages.add("Schrijf beroepen als ISCO-codes van 1 tot 4 cijfers, gescheiden door komma's, zoals"
                    + " '2221, 3221'.");
            return Set.of();
        });
        Set<String> providerCodes = ConditionCodes.providers(providers).orElseGet(() -> {
            messages.add(
                    "Schrijf opleiders als KvK-nummers van 8 cijfers, gescheiden door komma's, zoals" + " '12345678'.");
            return Set.of();
        });
        LocalDate validFrom = date(from, "Vul 'te gebruiken vanaf' in als datum, zoals 2027-01-01.", messages);
        LocalDate validUntil = date(until, "Vul 'te gebruiken tot en met' in als datum, zoals 2027-12-31.", messages);
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            messages.add("'Te gebruiken tot en met' ligt voor 'te gebruiken vanaf'.");
        }
        ExpiryRule rule = ExpiryRule.RETURN_TO_FUNDER;
        if (rest != null && !rest.isBlank()) {
            try {
                rule = ExpiryRule.valueOf(rest);
            } catch (IllegalArgumentException e) {
                messages.add("Kies wat er met geld gebeurt dat over is.");
            }
        }
        RelationEndRule onRelationEnd = RelationEndRule.PERSON_KEEPS;
        if (relationEnd != null && !relationEnd.isBlank()) {
            try {
                onRelationEnd = RelationEndRule.valueOf(relationEnd);
            } catch (IllegalArgumentException e) {
                messages.add("Kies wat er met het geld gebeurt als iemand niet meer bij u werkt of lid is.");
            }
        }
        if (!messages.isEmpty()) {
            return new Read.Invalid(messages);
        }
        return new Read.Valid(new DepositTerms(
                name,
                new CompartmentConditions(
                        offeringTypes,
                        "ja".equals(recognised),
                        null,
                        sectorCodes,
                        levelCodes,
                        occupationCodes,
                        providerCodes),
                validFrom,
                validUntil,
                rule,
                onRelationEnd));
    }

    private static @Nullable LocalDate date(@Nullable String text, String message, List<String> messages) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            messages.add(message);
            return null;
        }
    }
}
