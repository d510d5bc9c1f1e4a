package nl.leerbudget.register.web;

import java.util.UUID;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.Register;
import nl.leerbudget.register.RegisterConflict;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The provider's pages and the reviewer's queue, in Dutch, working without JavaScript. */
@Controller
class RegisterPages {

    private static final int LIMIT = 100;

    private final Register register;
    private final Actors actors;

    RegisterPages(Register register, Actors actors) {
        this.register = register;
        this.actors = actors;
    }

    /** The provider's own page: its standing in the register and all its offerings with their findings. */
    @GetMapping("/aanbieder")
    String provider(Model model) {
        Actor actor = actors.current();
        UUID organisation = actor.organisation();
        if (organisation == null) {
            model.addAttribute("provider", null);
            return "aanbieder";
        }
        ProviderId id = new ProviderId(organisation);
        model.addAttribute("provider", register.provider(id).orElse(null));
        model.addAttribute("offerings", register.offeringsOf(id, LIMIT));
        return "aanbieder";
    }

    @GetMapping("/beoordelen")
    String queue(Model model) {
        model.addAttribute("queue", register.reviewQueue(LIMIT));
        return "beoordelen";
    }

    /** A reviewer's decision from the queue page; the reason is required and shown to the provider. */
    @PostMapping("/beoordelen/{offeringId}")
    String decide(
            @PathVariable UUID offeringId,
            @RequestParam(required = false) @Nullable String decision,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        if (decision == null
                || reason == null
                || reason.isBlank()
                || !(decision.equals("ADMIT") || decision.equals("REJECT"))) {
            redirect.addFlashAttribute("error", "Kies toelaten of afwijzen en geef een reden.");
            return "redirect:/beoordelen";
        }
        try {
            register.decideOffering(new OfferingId(offeringId), decision.equals("ADMIT"), reason.strip());
            redirect.addFlashAttribute(
                    "message", decision.equals("ADMIT") ? "De opleiding is toegelaten." : "De opleiding is afgewezen.");
        } catch (RegisterConflict e) {
            redirect.addFlashAttribute("error", "Dit kan niet: " + e.getMessage());
        }
        return "redirect:/beoordelen";
    }
}
