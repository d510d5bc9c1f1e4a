package nl.leerbudget.overview.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.overview.BookingState;
import nl.leerbudget.overview.BookingView;
import nl.leerbudget.overview.Bookings;
import nl.leerbudget.overview.Financing;
import nl.leerbudget.overview.FinancingPlan;
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
 * Booking pages in Dutch, without JavaScript. The person books from "Wat kost dit mij?" on the plan shown there,
 * follows their bookings, confirms one an adviser prepared and cancels before the start; the provider answers, and
 * reports the start (or an early stop, or a no-show) and the completion. Every form carries a request id made when it
 * is shown, so sending it twice takes the step once.
 */
@Controller
class BookingPages {

    private final Bookings bookings;
    private final Financing financing;
    private final Clock clock;

    BookingPages(Bookings bookings, Financing financing, Clock clock) {
        this.bookings = bookings;
        this.financing = financing;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the person

    @PostMapping("/opleidingen/{offeringId}/boeken")
    String book(
            @PathVariable String offeringId,
            @RequestParam(name = "start", required = false) @Nullable String start,
            @RequestParam(name = "vingerafdruk", required = false) @Nullable String fingerprint,
            @RequestParam(name = "aanvraag", required = false) @Nullable String requestId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<UUID> offering = FormValues.uuid(offeringId);
        LocalDate startDate = FormValues.date(start);
        Optional<UUID> request = FormValues.uuid(requestId);
        if (offering.isEmpty() || startDate == null || request.isEmpty() || fingerprint == null) {
            redirect.addFlashAttribute("bookingError", "Kies eerst een startdatum en bekijk wat de opleiding u kost.");
            return "redirect:/opleidingen/" + (offering.isPresent() ? offering.get() + "/wat-kost-dit-mij" : "");
        }
        Bookings.Outcome outcome =
                bookings.book(request.get(), new OfferingId(offering.get()), startDate, fingerprint.strip());
        return switch (outcome) {
            case Bookings.Outcome.Done done -> {
                redirect.addFlashAttribute(
                        "message",
                        done.booking().state() == BookingState.PREPARED
                                ? "De boeking staat klaar. De persoon voor wie u werkt, moet hem nog bevestigen."
                                : "U heeft de opleiding geboekt. Het geld staat voor u vast.");
                yield "redirect:/boekingen/" + done.booking().id();
            }
            case Bookings.Outcome.PlanChanged changed -> {
                redirect.addFlashAttribute(
                        "bookingError",
                        "Er is iets veranderd in uw potjes of in de opleiding. Bekijk het nieuwe plan hieronder"
                                + " en boek opnieuw als u het goed vindt.");
                yield "redirect:/opleidingen/" + offering.get() + "/wat-kost-dit-mij?start=" + startDate;
            }
            case Bookings.Outcome.Refused refused -> {
                redirect.addFlashAttribute(
                        "bookingError",
                        refused.rule().reason() + " (regel " + refused.rule().id() + ")");
                yield "redirect:/opleidingen/" + offering.get() + "/wat-kost-dit-mij?start=" + startDate;
            }
            case Bookings.Outcome.UnknownOffering unknown -> {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                yield "opleiding-niet-gevonden";
            }
            case Bookings.Outcome.NotAStartDate notStart -> {
                redirect.addFlashAttribute("bookingError", "Kies een startdatum uit de lijst.");
                yield "redirect:/opleidingen/" + offering.get() + "/wat-kost-dit-mij";
            }
            case Bookings.Outcome.NotFound notFound -> "redirect:/boekingen";
            case Bookings.Outcome.RequestIdReused reused -> {
                redirect.addFlashAttribute("bookingError", "Dit formulier is al gebruikt. Probeer het opnieuw.");
                yield "redirect:/opleidingen/" + offering.get() + "/wat-kost-dit-mij?start=" + startDate;
            }
        };
    }

    @GetMapping("/boekingen")
    String mine(Model model) {
        model.addAttribute("bookings", bookings.mine());
        model.addAttribute("text", PageText.INSTANCE);
        return "boekingen";
    }

    @GetMapping("/boekingen/{bookingId}")
    String booking(@PathVariable String bookingId, Model model, HttpServletResponse response) {
        Optional<BookingView> found = FormValues.uuid(bookingId).flatMap(bookings::booking);
        if (found.isEmpty() || !bookings.booksForSomeone()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "boeking-niet-gevonden";
        }
        BookingView booking = found.get();
        model.addAttribute("booking", booking);
        model.addAttribute("text", PageText.INSTANCE);
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern(
                        "d MMMM yyyy, HH:mm", java.util.Locale.of("nl", "NL"))
                .withZone(Ledger.ZONE);
        model.addAttribute(
                "history",
                bookings.history(booking.id()).stream()
                        .map(change -> when.format(change.changedAt()) + ": "
                                + BookingState.valueOf(change.kind()).label()
                                + (change.actingFor() != null ? " (door een adviseur voor u)" : ""))
                        .toList());
        model.addAttribute("requestId", UUID.randomUUID());
        model.addAttribute("prepares", bookings.prepares());
        model.addAttribute(
                "cancellable",
                (booking.state() == BookingState.PREPARED || booking.state().holdsMoney())
                        && LocalDate.now(clock.withZone(Ledger.ZONE)).isBefore(booking.startDate()));
        if (booking.state() == BookingState.PREPARED
                && financing.plan(new OfferingId(UUID.fromString(booking.offeringId())), booking.startDate())
                        instanceof Financing.Quote.Planned planned) {
            FinancingPlan plan = planned.plan();
            model.addAttribute("plan", plan);
            model.addAttribute("planChanged", !plan.fingerprint().equals(booking.fingerprint()));
        }
        return "boeking";
    }

    @PostMapping("/boekingen/{bookingId}/bevestigen")
    String confirm(
            @PathVariable String bookingId,
            @RequestParam(name = "vingerafdruk", required = false) @Nullable String fingerprint,
            @RequestParam(name = "aanvraag", required = false) @Nullable String requestId,
            RedirectAttributes redirect) {
        Optional<UUID> id = FormValues.uuid(bookingId);
        Optional<UUID> request = FormValues.uuid(requestId);
        if (id.isEmpty() || request.isEmpty() || fingerprint == null) {
            redirect.addFlashAttribute("error", "Het formulier is niet compleet. Probeer het opnieuw.");
            return "redirect:/boekingen" + id.map(i -> "/" + i).orElse("");
        }
        return after(
                id.get(),
                bookings.confirm(id.get(), request.get(), fingerprint.strip()),
                "U heeft de boeking bevestigd. Het geld staat voor u vast.",
                "/boekingen/",
                redirect);
    }

    @PostMapping("/boekingen/{bookingId}/annuleren")
    String cancel(
            @PathVariable String bookingId,
            @RequestParam(name = "aanvraag", required = false) @Nullable String requestId,
            RedirectAttributes redirect) {
        Optional<UUID> id = FormValues.uuid(bookingId);
        Optional<UUID> request = FormValues.uuid(requestId);
        if (id.isEmpty() || request.isEmpty()) {
            redirect.addFlashAttribute("error", "Het formulier is niet compleet. Probeer het opnieuw.");
            return "redirect:/boekingen";
        }
        return after(
                id.get(),
                bookings.cancel(id.get(), request.get()),
                "De boeking is geannuleerd. Het geld is terug in uw potjes.",
                "/boekingen/",
                redirect);
    }

    // ---------------------------------------------------------------- the provider

    @GetMapping("/aanbieder/boekingen")
    String incoming(Model model) {
        List<BookingView> list = bookings.incoming();
        model.addAttribute("bookings", list);
        model.addAttribute("text", PageText.INSTANCE);
        model.addAttribute("requestId", UUID.randomUUID());
        model.addAttribute("today", LocalDate.now(clock.withZone(Ledger.ZONE)));
        return "aanbieder-boekingen";
    }

    @PostMapping("/aanbieder/boekingen/{bookingId}/{step}")
    String step(
            @PathVariable String bookingId,
            @PathVariable String step,
            @RequestParam(name = "aanvraag", required = false) @Nullable String requestId,
            @RequestParam(name = "reden", required = false) @Nullable String reason,
            @RequestParam(name = "gestart", required = false) @Nullable String startedOn,
            @RequestParam(name = "bedrag", required = false) @Nullable String amount,
            RedirectAttributes redirect) {
        Optional<UUID> id = FormValues.uuid(bookingId);
        Optional<UUID> request = FormValues.uuid(requestId);
        if (id.isEmpty() || request.isEmpty()) {
            redirect.addFlashAttribute("error", "Het formulier is niet compleet. Probeer het opnieuw.");
            return "redirect:/aanbieder/boekingen";
        }
        LocalDate started = FormValues.date(startedOn);
        Money money = FormValues.money(amount);
        boolean amountGiven = amount != null && !amount.isBlank();
        if (amountGiven && money == null) {
            redirect.addFlashAttribute("error", "Vul het bedrag in euro's in, bijvoorbeeld 1250,00.");
            return "redirect:/aanbieder/boekingen";
        }
        Bookings.Outcome outcome;
        String done;
        switch (step) {
            case "accepteren" -> {
                outcome = bookings.accept(id.get(), request.get());
                done = "U heeft de boeking geaccepteerd.";
            }
            case "afwijzen" -> {
                if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
                    redirect.addFlashAttribute(
                            "error", "Schrijf op waarom u de boeking afwijst (hoogstens 500 tekens).");
                    return "redirect:/aanbieder/boekingen";
                }
                outcome = bookings.decline(id.get(), request.get(), reason.strip());
                done = "U heeft de boeking afgewezen. Het geld is terug in de potjes.";
            }
            case "start" -> {
                if (started == null) {
                    redirect.addFlashAttribute("error", "Vul de dag in waarop de opleiding begon.");
                    return "redirect:/aanbieder/boekingen";
                }
                outcome = bookings.reportStart(id.get(), request.get(), started, money);
                done = "U heeft de start gemeld. Het geld komt in de volgende uitbetaling.";
            }
            case "gestopt" -> {
                if (started == null || money == null) {
                    redirect.addFlashAttribute(
                            "error", "Vul de dag in waarop de opleiding begon en het bedrag van wat u heeft geleverd.");
                    return "redirect:/aanbieder/boekingen";
                }
                outcome = bookings.reportEarlyStop(id.get(), request.get(), started, money);
                done =
                        "U heeft gemeld dat de deelnemer is gestopt. Het geleverde deel komt in de volgende uitbetaling.";
            }
            case "niet-gekomen" -> {
                outcome = bookings.reportNoShow(id.get(), request.get());
                done = "U heeft gemeld dat de deelnemer niet is gekomen. Het geld is terug in de potjes.";
            }
            case "afgerond" -> {
                outcome = bookings.complete(id.get(), request.get());
                done = "U heeft gemeld dat de deelnemer de opleiding heeft afgerond.";
            }
            default -> {
                redirect.addFlashAttribute("error", "Deze stap bestaat niet.");
                return "redirect:/aanbieder/boekingen";
            }
        }
        return after(id.get(), outcome, done, "/aanbieder/boekingen#", redirect);
    }

    private static String after(
            UUID id, Bookings.Outcome outcome, String done, String back, RedirectAttributes redirect) {
        switch (outcome) {
            case Bookings.Outcome.Done d -> redirect.addFlashAttribute("message", done);
            case Bookings.Outcome.PlanChanged changed ->
                redirect.addFlashAttribute(
                        "error",
                        "Er is iets veranderd in de potjes. Bekijk het nieuwe plan en bevestig opnieuw als u het goed"
                                + " vindt.");
            case Bookings.Outcome.Refused refused ->
                redirect.addFlashAttribute(
                        "error",
                        refused.rule().reason() + " (regel " + refused.rule().id() + ")");
            case Bookings.Outcome.RequestIdReused reused ->
                redirect.addFlashAttribute("error", "Dit formulier is al gebruikt. Probeer het opnieuw.");
            case Bookings.Outcome.NotFound notFound -> {
                redirect.addFlashAttribute("error", "Deze boeking bestaat niet.");
                return "redirect:" + (back.startsWith("/aanbieder") ? "/aanbieder/boekingen" : "/boekingen");
            }
            case Bookings.Outcome.UnknownOffering unknown ->
                redirect.addFlashAttribute("error", "Deze opleiding bestaat niet meer.");
            case Bookings.Outcome.NotAStartDate notStart ->
                redirect.addFlashAttribute("error", "Deze startdatum bestaat niet meer.");
        }
        return "redirect:" + back + (back.endsWith("#") ? "boeking-" + id : id);
    }
}
