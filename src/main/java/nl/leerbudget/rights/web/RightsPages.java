package nl.leerbudget.rights.web;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.rights.PersonalRight;
import nl.leerbudget.rights.Rights;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Mijn leerrecht": the citizen's learning right in plain Dutch, with the explanation line by line. */
@Controller
class RightsPages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

    private final Rights rights;
    private final Actors actors;

    RightsPages(Rights rights, Actors actors) {
        this.rights = rights;
        this.actors = actors;
    }

    @GetMapping("/mijn-leerrecht")
    String myRight(Model model) {
        Actor actor = actors.current();
        PersonId person = actor.subjectPerson();
        PersonalRight personal = person == null ? null : rights.of(person).orElse(null);
        model.addAttribute("right", personal);
        model.addAttribute("actingFor", actor.actingFor() != null);
        model.addAttribute("policy", rights.policy());
        model.addAttribute("text", new Text());
        return "mijn-leerrecht";
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
