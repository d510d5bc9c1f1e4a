package nl.leerbudget.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.identity.AdviserView;
import nl.leerbudget.identity.MandateRegistry;
import nl.leerbudget.identity.MandateView;
import nl.leerbudget.shared.DutchText;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Machtigingen": a citizen lets an adviser work for them (for how long, and whether the adviser may also confirm
 * bookings), sees who may, and revokes a mandate. Plain forms, so it works without JavaScript.
 */
@Controller
class MandatePages {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    /** The lengths a citizen chooses from, in days, with their names; three months unless they choose. */
    static final Map<Integer, String> DURATIONS = durations();

    static final int DEFAULT_DAYS = 90;

    private final MandateRegistry mandates;

    MandatePages(MandateRegistry mandates) {
        this.mandates = mandates;
    }

    /** The form as sent, to show it again with its errors. */
    record Form(String adviser, int days, boolean allowsBooking) {}

    /** A mandate as the page lists it. */
    record Line(MandateView mandate) {

        public String until() {
            return date(mandate.validUntil());
        }

        public String ended() {
            Instant end = mandate.revokedAt() != null ? mandate.revokedAt() : mandate.validUntil();
            return (mandate.revokedAt() != null ? "Ingetrokken op " : "Afgelopen op ") + date(end);
        }
    }

    @GetMapping("/machtigingen")
    String overview(Model model) {
        return page(model, new Form("", DEFAULT_DAYS, false), Map.of());
    }

    @PostMapping("/machtigingen")
    String grant(
            @RequestParam(name = "adviseur", required = false) @Nullable String adviser,
            @RequestParam(name = "duur", required = false) @Nullable String days,
            @RequestParam(name = "boeken", required = false) @Nullable String booking,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Form form = new Form(adviser == null ? "" : adviser.strip(), days(days), "ja".equals(booking));
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<AdviserView> chosen = mandates.advisers().stream()
                .filter(a -> a.id().toString().equals(form.adviser()))
                .findFirst();
        if (chosen.isEmpty()) {
            errors.put("adviseur", form.adviser().isEmpty() ? "Kies een adviseur." : "Kies een adviseur uit de lijst.");
        }
        if (!DURATIONS.containsKey(form.days())) {
            errors.put("duur-" + DEFAULT_DAYS, "Kies hoe lang de machtiging geldt.");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, form, errors);
        }
        MandateView granted = mandates.grant(chosen.get().id(), Duration.ofDays(form.days()), form.allowsBooking());
        redirect.addFlashAttribute(
                "message",
                granted.adviserName() + " mag nu voor u werken, tot " + date(granted.validUntil()) + "."
                        + (granted.allowsBooking()
                                ? " Deze adviseur mag ook boekingen voor u bevestigen."
                                : " Een boeking bevestigt u zelf."));
        return "redirect:/machtigingen";
    }

    @PostMapping("/machtigingen/{mandateId}/intrekking")
    String revoke(@PathVariable String mandateId, RedirectAttributes redirect) {
        Optional<UUID> id = uuid(mandateId);
        Optional<MandateView> mandate = id.flatMap(
                i -> mandates.mine().stream().filter(m -> m.id().equals(i)).findFirst());
        if (id.isEmpty() || !mandates.revoke(id.get()) || mandate.isEmpty()) {
            redirect.addFlashAttribute("error", "Deze machtiging bestaat niet. Er is niets veranderd.");
        } else {
            redirect.addFlashAttribute(
                    "message",
                    "U hebt de machtiging van " + mandate.get().adviserName()
                            + " ingetrokken. Deze adviseur kan nu niet meer voor u werken.");
        }
        return "redirect:/machtigingen";
    }

    private String page(Model model, Form form, Map<String, String> errors) {
        List<MandateView> mine = mandates.mine();
        model.addAttribute(
                "active",
                mine.stream()
                        .filter(MandateView::active)
                        .sorted(Comparator.comparing(MandateView::adviserName))
                        .map(Line::new)
                        .toList());
        model.addAttribute(
                "ended",
                mine.stream()
                        .filter(m -> !m.active())
                        .sorted(Comparator.comparing(MandateView::validFrom).reversed())
                        .map(Line::new)
                        .toList());
        model.addAttribute("advisers", mandates.advisers());
        model.addAttribute("durations", DURATIONS);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "machtigingen";
    }

    private static int days(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_DAYS;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String date(Instant instant) {
        return DutchText.date(instant.atZone(NETHERLANDS).toLocalDate());
    }

    private static Map<Integer, String> durations() {
        Map<Integer, String> durations = new LinkedHashMap<>();
        durations.put(30, "1 maand");
        durations.put(90, "3 maanden");
        durations.put(180, "6 maanden");
        durations.put(365, "1 jaar");
        return java.util.Collections.unmodifiableMap(durations);
    }
}
