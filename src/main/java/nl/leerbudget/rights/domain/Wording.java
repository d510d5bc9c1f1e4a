package nl.leerbudget.rights.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import nl.leerbudget.rights.EducationPeriod;
import nl.leerbudget.rights.RightConditions;
import nl.leerbudget.rights.TraceLine;
import nl.leerbudget.shared.DutchText;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/**
 * Dutch wording for explanations: amounts as "€ 23.700" or "€ 3.291,66", dates as "1 augustus 2015". Fixed here, not
 * taken from the JDK's locale data, so that a trace reads the same on every machine.
 */
public final class Wording {

    private Wording() {}

    /** An amount in euros: no decimals when it is whole, otherwise two; a dot between thousands. */
    public static String money(Money amount) {
        return DutchText.euros(amount);
    }

    public static String date(LocalDate date) {
        return DutchText.date(date);
    }

    public static String month(YearMonth month) {
        return DutchText.month(month);
    }

    /** "mbo 4 (bol), augustus 2012 – juli 2015, met diploma". */
    public static String period(EducationPeriod period) {
        return period.track().dutch() + ", " + month(YearMonth.from(period.start())) + " – "
                + month(YearMonth.from(period.end())) + ", " + (period.diploma() ? "met diploma" : "zonder diploma");
    }

    /** "2012" or "2012–2014". */
    public static String years(int first, int last) {
        return first == last ? Integer.toString(first) : first + "–" + last;
    }

    public static String months(int count) {
        return count + (count == 1 ? " maand" : " maanden");
    }

    public static String conditions(RightConditions conditions) {
        Set<OfferingType> types = conditions.offeringTypes();
        List<String> names = java.util.Arrays.stream(OfferingType.values())
                .filter(types::contains)
                .map(Wording::offeringType)
                .toList();
        String what = names.isEmpty() ? "alle soorten opleidingen" : list(names);
        String recognised = conditions.recognisedOnly() ? " Alleen opleidingen die OCW erkent, tellen mee." : "";
        String price = switch (conditions.priceBasis()) {
            case INITIAL_PHASE -> " U betaalt dezelfde prijs als studenten in het initiële onderwijs.";
            case MARKET -> " U betaalt de prijs die de opleider vraagt.";
        };
        return "U kunt het leerrecht gebruiken voor " + what + "." + recognised + price;
    }

    /** "a, b en c". */
    public static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " en " + items.getLast();
    }

    private static String offeringType(OfferingType type) {
        return switch (type) {
            case DIPLOMA_PROGRAMME -> "diploma-opleidingen";
            case MBO_CERTIFICATE -> "mbo-certificaten";
            case MICROCREDENTIAL -> "microcredentials";
            case SHORT_COURSE -> "korte cursussen";
            case EVC_PROCEDURE -> "EVC-trajecten";
            case CAREER_ADVICE -> "ontwikkeladvies";
        };
    }

    static TraceLine line(String rule, String text) {
        return new TraceLine(rule, 0, text, null);
    }

    static TraceLine detail(String rule, String text) {
        return new TraceLine(rule, 1, text, null);
    }

    static TraceLine detail(String rule, String text, @Nullable String source) {
        return new TraceLine(rule, 1, text, source);
    }
}
