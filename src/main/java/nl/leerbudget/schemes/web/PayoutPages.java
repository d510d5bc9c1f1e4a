package nl.leerbudget.schemes.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.schemes.PayoutRun;
import nl.leerbudget.schemes.SchemeConflict;
import nl.leerbudget.schemes.Schemes;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The payout pages in Dutch, for scheme administrators: the payout runs made so far, each with its SEPA file to hand
 * to the bank, and making the next run. The form carries a request id made when the page is shown, so that sending
 * it twice makes one run.
 */
@Controller
class PayoutPages {

    /** How many runs the page lists, newest first. */
    static final int RUNS_SHOWN = 50;

    private final Schemes schemes;

    PayoutPages(Schemes schemes) {
        this.schemes = schemes;
    }

    @GetMapping("/beheer/uitbetalingen")
    String runs(Model model) {
        List<PayoutRun> runs = schemes.payoutRuns(RUNS_SHOWN);
        model.addAttribute("text", SchemeText.INSTANCE);
        model.addAttribute("runs", runs);
        model.addAttribute("requestId", UUID.randomUUID());
        return "beheer-uitbetalingen";
    }

    @PostMapping("/beheer/uitbetalingen")
    String pay(
            @RequestParam(name = "verzoek", required = false) @Nullable String request, RedirectAttributes redirect) {
        Optional<UUID> requestId = SchemePages.uuid(request);
        if (requestId.isEmpty()) {
            redirect.addFlashAttribute("error", "Het formulier was verlopen. Probeer het opnieuw.");
            return "redirect:/beheer/uitbetalingen";
        }
        try {
            PayoutRun run = schemes.payOut(requestId.get(), null);
            SchemeText text = SchemeText.INSTANCE;
            redirect.addFlashAttribute(
                    "message",
                    (run.replayed() ? "Deze uitbetaling was al gemaakt: " : "Uitbetaling gemaakt: ")
                            + text.number(run.grants()) + (run.grants() == 1 ? " betaling, " : " betalingen, ")
                            + text.euros(run.total()) + " aan "
                            + text.number(run.lines().size())
                            + (run.lines().size() == 1 ? " opleider" : " opleiders")
                            + ". Geef het betaalbestand aan de bank.");
        } catch (SchemeConflict e) {
            redirect.addFlashAttribute(
                    "error",
                    switch (e.kind()) {
                        case "nothing-to-pay" ->
                            "Er is niets uit te betalen: geen subsidie of boeking met een doorgegeven start wacht op betaling.";
                        case "provider-without-iban" ->
                            "Er is niets uitbetaald: van een opleider staat geen IBAN in het register. Vraag de"
                                    + " opleider het rekeningnummer door te geven en probeer het opnieuw.";
                        default -> "Er is niets uitbetaald: de uitbetaling kon niet worden gemaakt.";
                    });
        }
        return "redirect:/beheer/uitbetalingen";
    }

    /** The run's SEPA credit transfer file (pain.001.001.09), to download and hand to the bank. */
    @GetMapping("/beheer/uitbetalingen/{payoutRunId}/bestand")
    ResponseEntity<byte[]> file(@PathVariable String payoutRunId) {
        Optional<UUID> id = SchemePages.uuid(payoutRunId);
        Optional<PayoutRun> run = id.flatMap(schemes::payoutRun);
        Optional<byte[]> file = id.flatMap(schemes::payoutFile);
        if (run.isEmpty() || file.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(run.get().messageId() + ".xml")
                                .build()
                                .toString())
                .body(file.get());
    }
}
