package nl.leerbudget.schemes.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.schemes.AllocationMethod;
import nl.leerbudget.schemes.ApplicationStatus;
import nl.leerbudget.schemes.EducationLevel;
import nl.leerbudget.schemes.Scheme;
import nl.leerbudget.schemes.SchemeWindow;
import nl.leerbudget.schemes.TargetExpression;
import nl.leerbudget.schemes.WindowStatus;
import nl.leerbudget.schemes.domain.Wording;
import nl.leerbudget.shared.DutchText;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * The scheme pages' words and formats, in Dutch at language level B1: what a scheme pays, who may apply, how a window
 * shares out its budget, and the statuses. The templates call it as {@code text}. Times are Dutch times.
 */
public final class SchemeText {

    static final SchemeText INSTANCE = new SchemeText();

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private SchemeText() {}

    public String euros(@Nullable Money amount) {
        return amount == null ? "" : DutchText.euros(amount);
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : DutchText.date(date);
    }

    /** "1 maart 2027 om 09:00 uur", in Dutch time. */
    public String moment(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(Ledger.ZONE);
        return DutchText.date(local.toLocalDate()) + " om " + CLOCK.format(local) + " uur";
    }

    public String number(long count) {
        String digits = Long.toString(Math.abs(count));
        StringBuilder text = new StringBuilder(count < 0 ? "-" : "");
        int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        text.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 3) {
            text.append('.').append(digits, i, i + 3);
        }
        return text.toString();
    }

    public String status(ApplicationStatus status) {
        return status.dutch();
    }

    public String windowStatus(WindowStatus status) {
        return switch (status) {
            case PLANNED -> "Nog niet open";
            case OPEN -> "Open";
            case CLOSED -> "Gesloten";
        };
    }

    public String allocation(AllocationMethod allocation) {
        return switch (allocation) {
            case FIRST_COME -> "Op volgorde van binnenkomst";
            case LOTTERY -> "Loting na de sluiting";
        };
    }

    public String level(EducationLevel level) {
        return level.dutch();
    }

    /** The name of a pot for people: the general budget, or a target group's sub-budget. */
    public String pot(SchemeWindow.PotView pot) {
        EducationLevel level = pot.upToLevel();
        if (level != null) {
            return "Deelbudget " + pot.name() + " (hoogste diploma: hoogstens " + level.dutch() + ")";
        }
        TargetExpression target = pot.target();
        return target == null ? "Algemeen budget" : "Deelbudget " + pot.name() + " (voor " + target.dutch() + ")";
    }

    /** What the scheme pays, and what the person pays themselves. */
    public String pays(Scheme scheme) {
        Scheme.Benefit benefit = scheme.benefit();
        String pays = "De regeling betaalt " + Wording.percentage(benefit.percentage())
                + " van de kosten van de opleiding die meetellen (zoals lesgeld en examen), tot hoogstens "
                + DutchText.euros(benefit.maximum()) + ".";
        StringBuilder byType = new StringBuilder();
        scheme.benefitsByType().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(entry -> byType.append(" Voor ")
                        .append(Wording.offeringType(entry.getKey()))
                        .append(": ")
                        .append(Wording.percentage(entry.getValue().percentage()))
                        .append(", tot hoogstens ")
                        .append(DutchText.euros(entry.getValue().maximum()))
                        .append("."));
        Scheme.CoFinancing coFinancing = scheme.coFinancing();
        if (coFinancing != null) {
            byType.append(" Daarnaast betaalt ")
                    .append(coFinancing.by().dutch())
                    .append(" ")
                    .append(Wording.percentage(coFinancing.percentage()))
                    .append(" van de kosten (cofinanciering).");
        }
        if (scheme.programmeYears() > 1) {
            byType.append(" Een traject mag ")
                    .append(scheme.programmeYears())
                    .append(" jaar duren: elk jaar vraagt u opnieuw aan, en voor wie doorgaat kan geld apart staan.");
        }
        pays = pays + byType;
        String own = switch (scheme.ownContribution()) {
            case Scheme.NoOwnContribution none -> "";
            case Scheme.PercentageContribution part ->
                " U betaalt zelf minstens " + Wording.percentage(part.percentage()) + " van die kosten.";
            case Scheme.FixedContribution fixed ->
                " U betaalt zelf " + DutchText.euros(fixed.amount())
                        + " van die kosten (of alles, als de kosten lager zijn).";
        };
        return pays + own;
    }

    /** The target groups a scheme defines, one a line: the code a window names, and who is in it. */
    public List<String> groups(Scheme scheme) {
        List<String> lines = new ArrayList<>();
        scheme.groups().forEach((code, group) -> lines.add(code + ": " + group.dutch()));
        return lines;
    }

    /** Who may apply, one condition a line. */
    public List<String> whoMayApply(Scheme scheme) {
        Scheme.Conditions conditions = scheme.conditions();
        List<String> lines = new ArrayList<>();
        String age = "U bent " + conditions.minimumAge() + " jaar of ouder";
        lines.add(
                switch (conditions.maximumAge()) {
                    case Scheme.UpToAge(int years) -> age + " en niet ouder dan " + years + " jaar.";
                    case Scheme.UntilStatePensionAge pension -> age + " en u heeft de AOW-leeftijd nog niet.";
                });
        if (conditions.labourMarketTieRequired()) {
            lines.add("U heeft een band met de Nederlandse arbeidsmarkt, bijvoorbeeld omdat u in Nederland werkt.");
        }
        EducationLevel level = conditions.maximumEducationLevel();
        if (level != null) {
            lines.add("Uw hoogste diploma is hoogstens " + level.dutch() + ".");
        }
        if (!conditions.sectors().isEmpty()) {
            lines.add("U werkt in de sector "
                    + Wording.list(conditions.sectors().stream().sorted().toList())
                    + ".");
        }
        if (!scheme.openTo().criteria().isEmpty()) {
            String target = scheme.openTo().dutch();
            lines.add("De regeling is voor " + target + ".");
        }
        if (scheme.coFinancing() != null) {
            lines.add(
                    switch (scheme.coFinancing().by()) {
                        case EMPLOYER -> "U werkt in loondienst: uw werkgever betaalt mee.";
                        case SECTOR_FUND -> "U werkt in een sector met een opleidingsfonds dat meebetaalt.";
                    });
        }
        if (conditions.oncePerCalendarYear()) {
            lines.add("U krijgt deze regeling hoogstens één keer per kalenderjaar.");
        }
        return lines;
    }

    /** For which offerings the scheme pays. */
    public String offerings(Scheme scheme) {
        Scheme.QualifyingOfferings offerings = scheme.offerings();
        String types =
                offerings.types().isEmpty() ? "alle soorten opleidingen" : Wording.offeringTypes(offerings.types());
        StringBuilder text = new StringBuilder("Voor ").append(types);
        if (offerings.admittedOnly()) {
            text.append(" die zijn toegelaten tot het scholingsregister");
        }
        if (offerings.recognisedOnly()) {
            text.append(offerings.admittedOnly() ? " en" : " die").append(" erkend zijn door het ministerie van OCW");
        }
        return text.append('.').toString();
    }

    /** When a grant that is not used lapses. */
    public String lapse(Scheme scheme) {
        Scheme.Lapse lapse = scheme.lapse();
        String from = switch (lapse.from()) {
            case GRANT -> "de dag waarop u het kreeg";
            case PLANNED_START -> "de startdatum die u opgeeft";
        };
        return "Het geld is alleen voor de opleiding die u kiest. Heeft de opleider niet binnen " + lapse.days()
                + " dagen na " + from + " doorgegeven dat u bent begonnen? Dan vervalt het geld.";
    }

    /** How the window shares out its budget, for the person applying. */
    public String sharing(SchemeWindow window) {
        return switch (window.allocation()) {
            case FIRST_COME ->
                "Wie het eerst komt, het eerst maalt: wij behandelen de aanvragen in de volgorde waarin ze"
                        + " binnenkomen, en u hoort meteen of u het geld krijgt. Is het geld op, dan komt u op de"
                        + " wachtlijst. Blijft er geld over als het tijdvak sluit, dan krijgen mensen op de wachtlijst"
                        + " dat geld, in volgorde.";
            case LOTTERY ->
                "Na de sluiting loten wij wie het geld krijgt. Het maakt dus niet uit wanneer u aanvraagt, als het"
                        + " maar op tijd is.";
        };
    }

    /** The money a window keeps apart for target groups, one line a sub-budget. */
    public List<String> reserved(SchemeWindow window) {
        List<String> lines = new ArrayList<>();
        for (SchemeWindow.PotView pot : window.pots()) {
            EducationLevel level = pot.upToLevel();
            TargetExpression target = pot.target();
            if (level != null) {
                lines.add("Van het budget is " + DutchText.euros(pot.reserved())
                        + " apart gezet voor mensen van wie het hoogste diploma hoogstens " + level.dutch() + " is.");
            } else if (target != null) {
                lines.add("Van het budget is " + DutchText.euros(pot.reserved()) + " apart gezet voor " + target.dutch()
                        + ".");
            }
        }
        return lines;
    }
}
