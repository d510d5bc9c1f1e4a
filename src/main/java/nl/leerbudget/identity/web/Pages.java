package nl.leerbudget.identity.web;

import java.util.List;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.MandateRegistry;
import nl.leerbudget.identity.MandateView;
import nl.leerbudget.identity.Role;
import nl.leerbudget.identity.batch.DemoIdentities;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public home page, the development identity provider's login page and each role's start page, in Dutch. */
@Controller
class Pages {

    /** The citizen's start page: the overview of their budgets (module {@code overview}). */
    static final String CITIZEN_START = "/overzicht";

    private final Actors actors;
    private final MandateRegistry mandates;
    private final boolean devIdp;

    Pages(Actors actors, MandateRegistry mandates, @Value("${leerbudget.identity.dev-idp}") boolean devIdp) {
        this.actors = actors;
        this.mandates = mandates;
        this.devIdp = devIdp;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("loggedIn", !actors.current().isAnonymous());
        return "home";
    }

    @GetMapping("/inloggen")
    String login(@RequestParam(required = false) String mislukt, Model model) {
        model.addAttribute("failed", mislukt != null);
        model.addAttribute("demoUsers", devIdp ? DemoIdentities.LOGINS : List.of());
        model.addAttribute("demoPassword", DemoIdentities.PASSWORD);
        return "inloggen";
    }

    /** The start page of the logged-in user's role; a citizen's is their overview ({@value #CITIZEN_START}). */
    @GetMapping("/start")
    String start(@AuthenticationPrincipal Object principal, Model model) {
        Actor actor = actors.current();
        Role role = actor.roles().stream().sorted().findFirst().orElseThrow();
        if (role == Role.CITIZEN) {
            return "redirect:" + CITIZEN_START;
        }
        model.addAttribute("name", principal instanceof LoginUser user ? user.displayName() : actor.userId());
        model.addAttribute("role", role.name());
        model.addAttribute("title", title(role));
        if (role == Role.ADVISER) {
            List<MandateView> mine = mandates.mine();
            model.addAttribute("mandates", mine);
        }
        return "start";
    }

    static String title(Role role) {
        return switch (role) {
            case CITIZEN -> "Mijn leerbudget";
            case ADVISER -> "Adviseurswerkplek";
            case PROVIDER -> "Opleidersportaal";
            case FUNDER -> "Financiersportaal";
            case SCHEME_ADMINISTRATOR -> "Regelingbeheer";
            case REGISTER_REVIEWER -> "Scholingsregister: beoordelen";
            case ANALYST -> "Beleidsanalyse";
            case AUDITOR -> "Audit en controle";
        };
    }
}
