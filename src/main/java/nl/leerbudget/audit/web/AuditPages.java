package nl.leerbudget.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.leerbudget.audit.AuditLine;
import nl.leerbudget.audit.AuditSearch;
import nl.leerbudget.audit.AuditTrail;
import nl.leerbudget.audit.AuditVerification;
import nl.leerbudget.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's pages in Dutch: the audit trail to browse and filter (by actor, action, subject and period, newest
 * first, a page at a time; a plain GET form, so a filtered view is a link), and the verification of the chain and the
 * ledger run from a page. Running the verification is a POST, so it is itself in the trail.
 */
@Controller
class AuditPages {

    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String trail(
            @RequestParam(name = "actor", required = false) @Nullable String actor,
            @RequestParam(name = "actie", required = false) @Nullable String action,
            @RequestParam(name = "onderwerp", required = false) @Nullable String subject,
            @RequestParam(name = "van", required = false) @Nullable String from,
            @RequestParam(name = "tot", required = false) @Nullable String until,
            @RequestParam(name = "pagina", required = false) @Nullable String page,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate fromDay = day(from, "van", errors);
        LocalDate untilDay = day(until, "tot", errors);
        if (fromDay != null && untilDay != null && untilDay.isBefore(fromDay)) {
            errors.put("tot", "De einddatum ligt vóór de begindatum. Kies een latere einddatum.");
            untilDay = null;
        }
        int pageNumber = 1;
        if (page != null && !page.isBlank()) {
            try {
                pageNumber = Math.max(1, Integer.parseInt(page.strip()));
            } catch (NumberFormatException e) {
                pageNumber = 1;
            }
        }
        Page<AuditLine> found =
                trail.search(new AuditSearch(actor, action, subject, fromDay, untilDay, pageNumber, PAGE_SIZE));
        model.addAttribute("found", found);
        model.addAttribute("errors", errors);
        model.addAttribute("actor", actor == null ? "" : actor);
        model.addAttribute("action", action == null ? "" : action);
        model.addAttribute("subject", subject == null ? "" : subject);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("until", until == null ? "" : until);
        model.addAttribute("text", AuditText.INSTANCE);
        return "audit";
    }

    @GetMapping("/audit/controle")
    String verification() {
        return "audit-controle";
    }

    @PostMapping("/audit/controle")
    String verify(Model model) {
        AuditVerification result = trail.verify();
        model.addAttribute("result", result);
        model.addAttribute("text", AuditText.INSTANCE);
        return "audit-controle";
    }

    private static @Nullable LocalDate day(@Nullable String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2027-03-01.");
            return null;
        }
    }
}
