package nl.leerbudget.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.identity.PersonView;
import nl.leerbudget.identity.Role;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The navigation bar of the shared page layout ({@code fragments/layout.html} reads it as {@code @navigation}): the
 * pages the current user's roles may open, and no others, so that a link never leads to a refusal. Computed only when
 * a page is rendered, never for an API call.
 */
@Component("navigation")
public class Navigation {

    private final Actors actors;
    private final PersonRegistry people;

    Navigation(Actors actors, PersonRegistry people) {
        this.actors = actors;
        this.people = people;
    }

    /** The bar for the current request. */
    public Menu menu() {
        Actor actor = actors.current();
        String path = currentPath();
        Map<String, String> links = new LinkedHashMap<>();
        if (actor.isAnonymous()) {
            links.put("/", "Home");
            links.put("/opleidingen", "Opleidingen");
            links.put("/vaardigheden", "Beroepen");
            links.put("/start", "Inloggen");
        } else {
            links.put(actor.has(Role.CITIZEN) ? Pages.CITIZEN_START : "/start", "Start");
            actor.roles().stream().sorted().forEach(role -> pages(role, links));
        }
        List<Link> menu = new ArrayList<>();
        links.forEach((href, text) -> menu.add(new Link(href, text, href.equals(path))));
        return new Menu(List.copyOf(menu), !actor.isAnonymous());
    }

    /**
     * Whether a page should offer "what does this cost me": to citizens and advisers (for the person they act for),
     * and to visitors, who are asked to log in first; not to staff, who have no budgets of their own.
     */
    public boolean offersOwnCosts() {
        Actor actor = actors.current();
        return actor.isAnonymous() || actor.has(Role.CITIZEN) || actor.has(Role.ADVISER);
    }

    /**
     * The citizen the current adviser works for, for the banner on every page ("U werkt nu voor …"); null when they
     * work for no one.
     */
    public @Nullable Acting acting() {
        PersonId citizen = actors.current().actingFor();
        if (citizen == null) {
            return null;
        }
        return new Acting(
                citizen, people.find(citizen).map(PersonView::displayName).orElse("deze persoon"));
    }

    /** Once, the name of the person the adviser no longer works for because the mandate ended; null otherwise. */
    public @Nullable String endedActingFor() {
        return actors.takeEndedActingFor();
    }

    /** The pages of a role, in the order a person of that role needs them; the catalogue is open to everyone. */
    static void pages(Role role, Map<String, String> links) {
        switch (role) {
            case CITIZEN -> {
                links.putIfAbsent(Pages.CITIZEN_START, "Overzicht");
                links.putIfAbsent("/boekingen", "Boekingen");
                links.putIfAbsent("/opleidingen", "Opleidingen");
                links.putIfAbsent("/vaardigheden", "Beroepen");
                links.putIfAbsent("/regelingen", "Regelingen");
                links.putIfAbsent("/mijn-leerrecht", "Mijn leerrecht");
                links.putIfAbsent("/machtigingen", "Machtigingen");
            }
            case ADVISER -> {
                links.putIfAbsent("/adviseur", "Voor wie werkt u?");
                // An adviser sees the overview and bookings of the citizen they act for.
                links.putIfAbsent(Pages.CITIZEN_START, "Overzicht");
                links.putIfAbsent("/boekingen", "Boekingen");
                links.putIfAbsent("/opleidingen", "Opleidingen");
                links.putIfAbsent("/regelingen", "Regelingen");
                links.putIfAbsent("/mijn-leerrecht", "Mijn leerrecht");
            }
            case PROVIDER -> {
                links.putIfAbsent("/aanbieder", "Mijn opleidingen");
                links.putIfAbsent("/aanbieder/boekingen", "Boekingen");
                links.putIfAbsent("/opleidingen", "Opleidingen");
            }
            case SCHEME_ADMINISTRATOR -> {
                links.putIfAbsent("/beheer/regelingen", "Regelingen beheren");
                links.putIfAbsent("/beheer/uitbetalingen", "Uitbetalingen");
                links.putIfAbsent("/beoordelen", "Beoordelen");
                links.putIfAbsent("/signalen", "Signalen");
                links.putIfAbsent("/opleidingen", "Opleidingen");
            }
            case REGISTER_REVIEWER -> {
                links.putIfAbsent("/beoordelen", "Beoordelen");
                links.putIfAbsent("/signalen", "Signalen");
                links.putIfAbsent("/opleidingen", "Opleidingen");
            }
            case FUNDER -> {
                links.putIfAbsent("/financier/storten", "Geld storten");
                links.putIfAbsent("/financier/relaties", "Medewerkers en leden");
                links.putIfAbsent("/financier/gebruik", "Gebruik van uw geld");
                links.putIfAbsent("/financier/verzoeken", "Verzoeken om bij te betalen");
                links.putIfAbsent("/opleidingen", "Opleidingen");
            }
            case ANALYST -> {
                links.putIfAbsent("/simulaties", "Simulaties");
                links.putIfAbsent("/statistiek", "Statistiek");
                links.putIfAbsent("/opleidingen", "Opleidingen");
            }
            case AUDITOR -> {
                links.putIfAbsent("/audit", "Audittrail");
                links.putIfAbsent("/audit/controle", "Controle");
                links.putIfAbsent("/opleidingen", "Opleidingen");
            }
        }
    }

    private static @Nullable String currentPath() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRequestURI().substring(request.getContextPath().length());
        }
        return null;
    }

    /** The person an adviser works for, by name. */
    public record Acting(PersonId citizen, String name) {}

    /** The links of the bar, and whether to offer logging out. */
    public record Menu(List<Link> links, boolean loggedIn) {}

    /** A link; {@code current} marks the page being shown ({@code aria-current="page"}). */
    public record Link(String href, String text, boolean current) {}
}
