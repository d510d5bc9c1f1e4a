package nl.leerbudget.overview.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.overview.CoFinancing;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Co-financing pages without JavaScript: from "Wat kost dit mij?" the person asks a funder to pay the rest; the
 * funder's staff approve (all or part) or decline on "Verzoeken om bij te betalen".
 */
@Controller
class CoFinancingPages {

    private final CoFinancing cofinancing;

    CoFinancingPages(CoFinancing cofinancing) {
        this.cofinancing = cofinancing;
    }

    @PostMapping("/opleidingen/{offeringId}/bijbetalen")
    String ask(
            @PathVariable String offeringId,
            @RequestParam(name = "start", required = false) @Nullable String start,
            @RequestParam(name = "financier", required = false) @Nullable String funder,
            @RequestParam(name = "bericht", required = false) @Nullable String message,
            @RequestParam(name = "aanvraag", required = false) @Nullable String requestId,
            RedirectAttributes redirect) {
        Optional<UUID> offering = FormValues.uuid(offeringId);
        Optional<UUID> funderId = FormValues.uuid(funder);
        Optional<UUID> request = FormValues.uuid(requestId);
        LocalDate startDate = FormValues.date(start);
        String back = "redirect:/opleidingen/" + offering.map(UUID::toString).orElse("") + "/wat-kost-dit-mij"
                + (startDate == null ? "" : "?start=" + startDate);
        if (offering.isEmpty() || startDate == null || request.isEmpty()) {
            redirect.addFlashAttribute("bookingError", "Het formulier is niet compleet. Probeer het opnieuw.");
            return back;
        }
        if (funderId.isEmpty()) {
            redirect.addFlashAttribute("bookingError", "Kies wie u wilt vragen om bij te betalen.");
            return back;
        }
        if (message != null && message.strip().length() > 500) {
            redirect.addFlashAttribute("bookingError", "Uw bericht is te lang: hoogstens 500 tekens.");
            return back;
        }
        switch (cofinancing.ask(
                request.get(), new OfferingId(offering.get()), startDate, new AccountId(funderId.get()), message)) {
            case CoFinancing.Outcome.Done done ->
                redirect.addFlashAttribute(
                        "message",
                        "Uw verzoek is verstuurd naar " + done.request().funderName()
                                + ". Als de financier het goedkeurt, ziet u het hier in uw plan.");
            case CoFinancing.Outcome.Refused refused ->
                redirect.addFlashAttribute(
                        "bookingError",
                        refused.rule().reason() + " (regel " + refused.rule().id() + ")");
            case CoFinancing.Outcome.NotFound notFound ->
                redirect.addFlashAttribute("bookingError", "Deze opleiding of startdatum bestaat niet (meer).");
        }
        return back;
    }

    @GetMapping("/financier/verzoeken")
    String inbox(Model model) {
        model.addAttribute("requests", cofinancing.inbox());
        model.addAttribute("text", PageText.INSTANCE);
        return "financier-verzoeken";
    }

    @PostMapping("/financier/verzoeken/{id}/{decision}")
    String decide(
            @PathVariable String id,
            @PathVariable String decision,
            @RequestParam(name = "bedrag", required = false) @Nullable String amount,
            @RequestParam(name = "reden", required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        Optional<UUID> request = FormValues.uuid(id);
        if (request.isEmpty()) {
            redirect.addFlashAttribute("error", "Dit verzoek bestaat niet.");
            return "redirect:/financier/verzoeken";
        }
        CoFinancing.Outcome outcome;
        String done;
        if (decision.equals("goedkeuren")) {
            Money money = FormValues.money(amount);
            if (amount != null && !amount.isBlank() && money == null) {
                redirect.addFlashAttribute("error", "Vul het bedrag in euro's in, bijvoorbeeld 250,00.");
                return "redirect:/financier/verzoeken";
            }
            outcome = cofinancing.approve(request.get(), money);
            done = "U heeft het verzoek goedgekeurd. Het geld staat op de leerrekening, voor deze opleiding.";
        } else if (decision.equals("afwijzen")) {
            if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
                redirect.addFlashAttribute("error", "Schrijf op waarom u het verzoek afwijst (hoogstens 500 tekens).");
                return "redirect:/financier/verzoeken";
            }
            outcome = cofinancing.decline(request.get(), reason.strip());
            done = "U heeft het verzoek afgewezen.";
        } else {
            redirect.addFlashAttribute("error", "Deze stap bestaat niet.");
            return "redirect:/financier/verzoeken";
        }
        switch (outcome) {
            case CoFinancing.Outcome.Done d -> redirect.addFlashAttribute("message", done);
            case CoFinancing.Outcome.Refused refused ->
                redirect.addFlashAttribute(
                        "error",
                        refused.rule().reason() + " (regel " + refused.rule().id() + ")");
            case CoFinancing.Outcome.NotFound notFound ->
                redirect.addFlashAttribute("error", "Dit verzoek bestaat niet.");
        }
        return "redirect:/financier/verzoeken";
    }
}
