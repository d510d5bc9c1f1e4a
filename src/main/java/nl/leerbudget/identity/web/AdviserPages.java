package nl.leerbudget.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.MandateRegistry;
import nl.leerbudget.identity.MandateView;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.identity.PersonView;
import nl.leerbudget.shared.DutchText;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Voor wie werkt u?": an adviser sees who gave them a mandate that counts now, and chooses for whom they work in this
 * browser session, or stops. While they work for someone, every page shows whom (the banner of the layout) and the
 * pages that support it show that person's data; the choice is checked against the mandate at every request.
 */
@Controller
class AdviserPages {

    static final String CANNOT_ACT =
            "U kunt niet voor deze persoon werken. Dat kan alleen voor iemand die u een machtiging heeft gegeven"
                    + " die nu geldt.";

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final MandateRegistry mandates;
    private final PersonRegistry people;
    private final Actors actors;

    AdviserPages(MandateRegistry mandates, PersonRegistry people, Actors actors) {
        this.mandates = mandates;
        this.people = people;
        this.actors = actors;
    }

    /** A person who gave the adviser a mandate that counts now. */
    record Client(PersonId citizen, String name, Instant validUntil, boolean allowsBooking, boolean current) {

        public String until() {
            return DutchText.date(validUntil.atZone(NETHERLANDS).toLocalDate());
        }
    }

    @GetMapping("/adviseur")
    String clients(Model model) {
        return page(model, null);
    }

    @PostMapping("/adviseur/werken-voor/{personId}")
    String actFor(
            @PathVariable String personId, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PersonId citizen = personId(personId);
        if (citizen == null) {
            actors.refuse("mandate", "not a person id");
        }
        if (citizen == null || !actors.actFor(citizen)) {
            // Like a refusal of someone else's data: the answer does not say whether the person exists.
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return page(model, CANNOT_ACT);
        }
        redirect.addFlashAttribute(
                "message",
                "U werkt nu voor " + name(citizen) + ". Wat u nu ziet en doet, is voor deze persoon. Klaar? Klik dan"
                        + " bovenaan op ‘Stoppen’.");
        return "redirect:/adviseur";
    }

    @PostMapping("/adviseur/stoppen")
    String stop(RedirectAttributes redirect) {
        PersonId citizen = actors.current().actingFor();
        if (citizen != null) {
            redirect.addFlashAttribute("message", "U werkt niet meer voor " + name(citizen) + ".");
        }
        actors.stopActing();
        return "redirect:/adviseur";
    }

    private String page(Model model, @Nullable String error) {
        PersonId current = actors.current().actingFor();
        List<Client> clients = clients(mandates.mine(), current);
        model.addAttribute("clients", clients);
        model.addAttribute("acting", current == null ? null : name(current));
        if (error != null) {
            model.addAttribute("error", error);
        }
        return "adviseur";
    }

    /**
     * One line per person among the mandates that count now, by name: the longest-running one's end date, and whether
     * any of them lets the adviser book (a citizen normally has one, as a new grant replaces the one before).
     */
    static List<Client> clients(List<MandateView> mandates, @Nullable PersonId current) {
        Map<PersonId, Client> byCitizen = new LinkedHashMap<>();
        for (MandateView m : mandates) {
            if (!m.active()) {
                continue;
            }
            byCitizen.merge(
                    m.citizen(),
                    new Client(
                            m.citizen(),
                            m.citizenName(),
                            m.validUntil(),
                            m.allowsBooking(),
                            m.citizen().equals(current)),
                    (a, b) -> new Client(
                            a.citizen(),
                            a.name(),
                            a.validUntil().isAfter(b.validUntil()) ? a.validUntil() : b.validUntil(),
                            a.allowsBooking() || b.allowsBooking(),
                            a.current()));
        }
        return byCitizen.values().stream()
                .sorted(Comparator.comparing(Client::name)
                        .thenComparing(c -> c.citizen().value()))
                .toList();
    }

    private String name(PersonId citizen) {
        return people.find(citizen).map(PersonView::displayName).orElse("deze persoon");
    }

    private static @Nullable PersonId personId(String text) {
        try {
            return new PersonId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
