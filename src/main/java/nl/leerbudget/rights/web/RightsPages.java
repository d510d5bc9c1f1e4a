package nl.leerbudget.rights.web;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.rights.PersonalRight;
import nl.leerbudget.rights.Rights;
import nl.leerbudget.rights.TraceLine;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Mijn leerrecht": the citizen's learning right in plain Dutch, with the explanation as numbered steps (the details of
 * a step under it, unnumbered, so that the numbers run 1, 2, 3 without gaps). The line naming the policy and cost
 * table by their ids is left out: the page names the policy in words below the steps.
 */
@Controller
class RightsPages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final Rights rights;
    private final Actors actors;
    private final Clock clock;

    RightsPages(Rights rights, Actors actors, Clock clock) {
        this.rights = rights;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/mijn-leerrecht")
    String myRight(Model model) {
        Actor actor = actors.current();
        PersonId person = actor.subjectPerson();
        PersonalRight personal = person == null ? null : rights.of(person).orElse(null);
        model.addAttribute("right", personal);
        model.addAttribute(
                "steps",
                personal == null
                        ? List.of()
                        : steps(personal.assessment().trace().lines()));
        model.addAttribute("today", LocalDate.now(clock.withZone(NETHERLANDS)));
        model.addAttribute("actingFor", actor.actingFor() != null);
        model.addAttribute("policy", rights.policy());
        model.addAttribute("text", new Text());
        return "mijn-leerrecht";
    }

    /** A main line of the explanation with the details under it. */
    record Step(TraceLine line, List<TraceLine> details) {}

    static List<Step> steps(List<TraceLine> lines) {
        List<Step> steps = new ArrayList<>();
        for (TraceLine line : lines) {
            if (line.rule().equals("policy")) {
                continue;
            }
            if (line.depth() == 0 || steps.isEmpty()) {
                steps.add(new Step(line, new ArrayList<>()));
            } else {
                steps.getLast().details().add(line);
            }
        }
        return steps.stream()
                .map(s -> new Step(s.line(), List.copyOf(s.details())))
                .toList();
    }

    /** Formats for the page: euros and dates the Dutch way. */
    static final class Text {
        private static final Locale DUTCH = Locale.of("nl", "NL");

        public String euros(Money money) {
            NumberFormat format = NumberFormat.getCurrencyInstance(DUTCH);
            return format.format(java.math.BigDecimal.valueOf(money.cents(), 2));
        }

        public String date(java.time.LocalDate date) {
            return DATE.format(date);
        }
    }
}
