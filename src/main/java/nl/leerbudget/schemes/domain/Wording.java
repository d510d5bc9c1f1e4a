package nl.leerbudget.schemes.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.leerbudget.shared.DutchText;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;

/**
 * Dutch wording for the explanations of schemes: amounts as "€ 1.000" or "€ 437,50", dates as "1 maart 2022". Fixed
 * here, not taken from the JDK's locale data, so that an explanation reads the same on every machine.
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

    /** "100%" or "12,5%". */
    public static String percentage(BigDecimal percentage) {
        return percentage.stripTrailingZeros().toPlainString().replace('.', ',') + "%";
    }

    public static String offeringType(OfferingType type) {
        return switch (type) {
            case DIPLOMA_PROGRAMME -> "diploma-opleidingen";
            case MBO_CERTIFICATE -> "mbo-certificaten";
            case MICROCREDENTIAL -> "microcredentials";
            case SHORT_COURSE -> "korte cursussen";
            case EVC_PROCEDURE -> "EVC-trajecten";
            case CAREER_ADVICE -> "ontwikkeladvies";
        };
    }

    /** The types in the order of the enum, as "korte cursussen en EVC-trajecten". */
    public static String offeringTypes(Set<OfferingType> types) {
        return list(Stream.of(OfferingType.values())
                .filter(types::contains)
                .map(Wording::offeringType)
                .toList());
    }

    /** "a", "a en b", "a, b en c". */
    public static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " en " + items.getLast();
    }

    /** "a", "a of b", "a, b of c". */
    public static String either(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " of " + items.getLast();
    }
}
