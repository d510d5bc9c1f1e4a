package nl.leerbudget.overview.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.overview.Bookings;
import nl.leerbudget.overview.CoFinancing;
import nl.leerbudget.overview.Financing;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.OfferingView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Wat kost dit mij?": for one offering and a start date the citizen chooses, which budget pays what, what they pay
 * themselves, and why a budget does not pay. A GET form, so it works without JavaScript.
 */
@Controller
class FinancingPlanPages {

    private final Financing financing;
    private final Bookings bookings;
    private final CoFinancing cofinancing;

    FinancingPlanPages(Financing financing, Bookings bookings, CoFinancing cofinancing) {
        this.financing = financing;
        this.bookings = bookings;
        this.cofinancing = cofinancing;
    }

    @GetMapping("/opleidingen/{offeringId}/wat-kost-dit-mij")
    String plan(
            @PathVariable String offeringId,
            @RequestParam(name = "start", required = false) @Nullable String start,
            Model model,
            HttpServletResponse response) {
        Optional<OfferingId> id = id(offeringId);
        Optional<OfferingView> offering = id.flatMap(financing::offering);
        if (id.isEmpty() || offering.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "opleiding-niet-gevonden";
        }
        List<LocalDate> startDates = offering.get().details().startDates();
        model.addAttribute("offering", offering.get());
        model.addAttribute("startDates", startDates);
        model.addAttribute("text", PageText.INSTANCE);
        model.addAttribute("policy", financing.policy());
        // An adviser working for no one sees the offering and a notice, not anyone's budgets (and no refusal page).
        boolean hasPlans = financing.hasPlans();
        model.addAttribute("hasPlans", hasPlans);
        LocalDate chosen = FormValues.date(start);
        if (chosen == null && start == null && startDates.size() == 1) {
            chosen = startDates.getFirst();
        }
        model.addAttribute("chosen", chosen);
        if (start != null && !start.isBlank() && (chosen == null || !startDates.contains(chosen))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", "Kies een startdatum uit de lijst.");
            return "wat-kost-dit-mij";
        }
        if (chosen != null && hasPlans && financing.plan(id.get(), chosen) instanceof Financing.Quote.Planned planned) {
            model.addAttribute("plan", planned.plan());
            model.addAttribute("bookable", offering.get().bookable());
            model.addAttribute("prepares", bookings.prepares());
            model.addAttribute("requestId", UUID.randomUUID());
            model.addAttribute("bookingPolicy", bookings.policy());
            model.addAttribute("funders", cofinancing.funders());
            String offeringText = planned.plan().offeringId();
            LocalDate startDate = planned.plan().startDate();
            model.addAttribute(
                    "cofinancingRequests",
                    cofinancing.mine().stream()
                            .filter(r -> r.offeringId().equalsIgnoreCase(offeringText)
                                    && r.startDate().equals(startDate))
                            .toList());
        }
        return "wat-kost-dit-mij";
    }

    private static Optional<OfferingId> id(String text) {
        try {
            return Optional.of(new OfferingId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
