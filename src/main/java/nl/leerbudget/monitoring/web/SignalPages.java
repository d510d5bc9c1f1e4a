package nl.leerbudget.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.Role;
import nl.leerbudget.monitoring.MisuseRule;
import nl.leerbudget.monitoring.MisuseWatch;
import nl.leerbudget.monitoring.ReviewSignal;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.ProviderStatus;
import nl.leerbudget.register.ProviderView;
import nl.leerbudget.register.Register;
import nl.leerbudget.schemes.PayoutHold;
import nl.leerbudget.schemes.PayoutHolds;
import nl.leerbudget.schemes.SchemeConflict;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signals of misuse for register reviewers and scheme administrators, in Dutch: each with its rule, what it is
 * about, its evidence, and two actions on the provider it points at, each with a reason that is recorded: hold its
 * payouts (and release them later), or suspend it in the register (register reviewers). Server-rendered forms; each
 * request that changes something is in the audit trail.
 */
@Controller
class SignalPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy, HH:mm", Locale.forLanguageTag("nl-NL"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final MisuseWatch watch;
    private final PayoutHolds holds;
    private final Register register;
    private final Actors actors;

    SignalPages(MisuseWatch watch, PayoutHolds holds, Register register, Actors actors) {
        this.watch = watch;
        this.holds = holds;
        this.register = register;
        this.actors = actors;
    }

    /** The signals that point at one provider, with the actions on it. */
    record ProviderSignals(String provider, String providerName, boolean held, List<ReviewSignal> signals) {}

    /** A standing hold as the page shows it. */
    record Held(String provider, String providerName, String reason, String heldBy, String heldAt) {}

    @GetMapping("/signalen")
    String page(Model model) {
        return page(model, null, Map.of());
    }

    private String page(Model model, @Nullable UUID formProvider, Map<String, String> errors) {
        Map<UUID, List<ReviewSignal>> byProvider = new LinkedHashMap<>();
        for (ReviewSignal signal : watch.signals()) {
            byProvider
                    .computeIfAbsent(signal.provider().value(), p -> new ArrayList<>())
                    .add(signal);
        }
        List<ProviderSignals> providers = new ArrayList<>();
        byProvider.forEach((provider, signals) -> providers.add(new ProviderSignals(
                provider.toString(),
                signals.getFirst().providerName(),
                signals.getFirst().payoutsHeld(),
                signals)));
        model.addAttribute("providers", providers);
        model.addAttribute("policy", watch.policy());
        model.addAttribute(
                "notFed",
                List.of(MisuseRule.values()).stream()
                        .filter(r -> r.id().equals("M4") || r.id().equals("M6"))
                        .toList());
        List<Held> held = new ArrayList<>();
        for (PayoutHold hold : holds.holds()) {
            String name = register.provider(new ProviderId(hold.provider()))
                    .map(ProviderView::name)
                    .orElse(hold.provider().toString());
            held.add(new Held(
                    hold.provider().toString(), name, hold.reason(), hold.heldBy(), WHEN.format(hold.heldAt())));
        }
        model.addAttribute("held", held);
        model.addAttribute("reviewer", actors.current().has(Role.REGISTER_REVIEWER));
        model.addAttribute("requestId", UUID.randomUUID().toString());
        model.addAttribute("formProvider", formProvider == null ? "" : formProvider.toString());
        model.addAttribute("errors", errors);
        return "signalen";
    }

    @PostMapping("/signalen/uitbetalingen-vasthouden")
    String hold(
            @RequestParam(name = "aanbieder", required = false) @Nullable String provider,
            @RequestParam(name = "regel", required = false) @Nullable String rule,
            @RequestParam(name = "reden", required = false) @Nullable String reason,
            @RequestParam(name = "verzoek", required = false) @Nullable String request,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID id = uuid(provider);
        String why = reason == null ? "" : reason.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (id == null) {
            errors.put("aanbieder", "Deze aanbieder bestaat niet.");
        }
        if (why.isEmpty()) {
            errors.put("reden-" + provider, "Schrijf op waarom u de uitbetalingen vasthoudt.");
        } else if (why.length() > 1000) {
            errors.put("reden-" + provider, "Schrijf de reden in hoogstens 1000 tekens.");
        }
        if (!errors.isEmpty() || id == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, id, errors);
        }
        String ruleId = rule != null && rule.matches("M[1-6]") ? rule : null;
        try {
            holds.hold(requestId(request), new ProviderId(id), why, ruleId);
        } catch (SchemeConflict conflict) {
            redirect.addFlashAttribute("error", message(conflict));
            return "redirect:/signalen";
        }
        redirect.addFlashAttribute("message", "De uitbetalingen aan " + name(id) + " staan nu vast.");
        return "redirect:/signalen";
    }

    @PostMapping("/signalen/uitbetalingen-vrijgeven")
    String release(
            @RequestParam(name = "aanbieder", required = false) @Nullable String provider,
            @RequestParam(name = "reden", required = false) @Nullable String reason,
            @RequestParam(name = "verzoek", required = false) @Nullable String request,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID id = uuid(provider);
        String why = reason == null ? "" : reason.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (id == null) {
            errors.put("aanbieder", "Deze aanbieder bestaat niet.");
        }
        if (why.isEmpty() || why.length() > 1000) {
            errors.put(
                    "vrijgeven-" + provider, "Schrijf op waarom u de uitbetalingen vrijgeeft (hoogstens 1000 tekens).");
        }
        if (!errors.isEmpty() || id == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, id, errors);
        }
        try {
            holds.release(requestId(request), new ProviderId(id), why);
        } catch (SchemeConflict conflict) {
            redirect.addFlashAttribute("error", message(conflict));
            return "redirect:/signalen";
        }
        redirect.addFlashAttribute(
                "message", "De uitbetalingen aan " + name(id) + " zijn vrijgegeven. De volgende betaalrun betaalt ze.");
        return "redirect:/signalen";
    }

    @PostMapping("/signalen/aanbieder-schorsen")
    String suspend(
            @RequestParam(name = "aanbieder", required = false) @Nullable String provider,
            @RequestParam(name = "reden", required = false) @Nullable String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID id = uuid(provider);
        String why = reason == null ? "" : reason.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (id == null || register.provider(new ProviderId(id)).isEmpty()) {
            errors.put("aanbieder", "Deze aanbieder bestaat niet.");
        }
        if (why.isEmpty() || why.length() > 1000) {
            errors.put("schorsen-" + provider, "Schrijf op waarom u de aanbieder schorst (hoogstens 1000 tekens).");
        }
        if (!errors.isEmpty() || id == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, id, errors);
        }
        register.decideProvider(new ProviderId(id), ProviderStatus.SUSPENDED, why);
        redirect.addFlashAttribute("message", name(id) + " is geschorst. Zijn opleidingen zijn niet meer te boeken.");
        return "redirect:/signalen";
    }

    private String name(UUID provider) {
        return register.provider(new ProviderId(provider))
                .map(ProviderView::name)
                .orElse("de aanbieder");
    }

    private static String message(SchemeConflict conflict) {
        return switch (conflict.kind()) {
            case "already-held" -> "De uitbetalingen aan deze aanbieder staan al vast.";
            case "not-held" -> "De uitbetalingen aan deze aanbieder staan niet vast.";
            case "request-id-reused" -> "Dit formulier is al gebruikt voor iets anders. Laad de pagina opnieuw.";
            default -> "Dit kon niet: " + conflict.getMessage();
        };
    }

    private static @Nullable UUID uuid(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** The form's own request id (the idempotency key of a hold), or a new one when it has none. */
    private static UUID requestId(@Nullable String request) {
        UUID id = uuid(request);
        return id == null ? UUID.randomUUID() : id;
    }
}
