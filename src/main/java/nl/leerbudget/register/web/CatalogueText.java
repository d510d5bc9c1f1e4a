package nl.leerbudget.register.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.OfferingDetails.Modality;
import nl.leerbudget.register.PriceBand;
import nl.leerbudget.register.ProviderStatus;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/** The catalogue pages' words and formats, in Dutch at language level B1. The templates call it as {@code text}. */
public final class CatalogueText {

    static final CatalogueText INSTANCE = new CatalogueText();

    private static final Locale DUTCH = Locale.of("nl", "NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private CatalogueText() {}

    public String type(OfferingType type) {
        return switch (type) {
            case DIPLOMA_PROGRAMME -> "Opleiding met diploma";
            case MBO_CERTIFICATE -> "Mbo-certificaat";
            case MICROCREDENTIAL -> "Microcredential";
            case SHORT_COURSE -> "Korte cursus";
            case EVC_PROCEDURE -> "EVC-traject (erkenning van wat u al kunt)";
            case CAREER_ADVICE -> "Loopbaanadvies";
        };
    }

    public String modality(Modality modality) {
        return switch (modality) {
            case IN_PERSON -> "Op locatie";
            case ONLINE -> "Online";
            case BLENDED -> "Deels online, deels op locatie";
        };
    }

    public String level(@Nullable Integer level) {
        return level == null ? "Geen niveau" : "Niveau " + level;
    }

    public String priceBand(PriceBand band) {
        return switch (band) {
            case UNDER_250 -> "Tot € 250";
            case FROM_250_TO_1000 -> "€ 250 tot € 1.000";
            case FROM_1000_TO_2500 -> "€ 1.000 tot € 2.500";
            case FROM_2500 -> "€ 2.500 of meer";
        };
    }

    public String providerStatus(ProviderStatus status) {
        return switch (status) {
            case PENDING -> "Aangemeld, nog niet beoordeeld";
            case ADMITTED -> "Toegelaten tot het scholingsregister";
            case SUSPENDED -> "Geschorst";
            case EXCLUDED -> "Uitgesloten";
        };
    }

    /** An amount in euros as people read it: {@code € 1.850,00}. */
    public String euros(long cents) {
        var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(DUTCH));
        return "€ " + format.format(BigDecimal.valueOf(cents, 2));
    }

    public String studyLoad(OfferingDetails details) {
        return switch (details.studyLoadUnit()) {
            case HOURS -> details.studyLoad() + " uur";
            case EC -> details.studyLoad() + " EC (studiepunten; samen ongeveer " + 28 * details.studyLoad() + " uur)";
        };
    }

    /** A count with thousands separated: {@code 100.000}. */
    public String number(long count) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(DUTCH)).format(count);
    }

    public String day(LocalDate day) {
        return DAY.format(day);
    }

    public String place(@Nullable String location, Modality modality) {
        if (location != null) {
            return location;
        }
        return modality == Modality.ONLINE ? "Online, waar u wilt" : "Nog niet bekend";
    }
}
