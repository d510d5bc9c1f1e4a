package nl.leerbudget.register.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.FieldViolation;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.OfferingView;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.Register;
import nl.leerbudget.register.RegisterConflict;
import nl.leerbudget.register.SkillVocabulary;
import nl.leerbudget.register.ooapi.OoapiImport;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider's pages (standing, offerings, import of OOAPI files with the result of each object) and the reviewer's
 * queue, in Dutch, working without JavaScript.
 */
@Controller
class RegisterPages {

    private static final int LIMIT = 100;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Register register;
    private final OoapiImport imports;
    private final Actors actors;
    private final ObjectProvider<SkillVocabulary> vocabularies;

    RegisterPages(Register register, OoapiImport imports, Actors actors, ObjectProvider<SkillVocabulary> vocabularies) {
        this.register = register;
        this.imports = imports;
        this.vocabularies = vocabularies;
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

    /**
     * A provider uploads a file of OOAPI v5 objects (one object or an array) for its own provider. The page shows what
     * the import did with each object, or every reason why nothing was imported.
     */
    @PostMapping("/aanbieder/ooapi-import")
    String importOoapi(@RequestParam(name = "bestand", required = false) @Nullable MultipartFile file, Model model) {
        UUID organisation = actors.current().organisation();
        if (organisation == null) {
            return "redirect:/aanbieder";
        }
        ProviderId provider = new ProviderId(organisation);
        model.addAttribute("fileName", file == null ? "" : String.valueOf(file.getOriginalFilename()));
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "Kies een bestand om te importeren.");
            return "aanbieder-import";
        }
        JsonNode body;
        try {
            body = JSON.readTree(file.getBytes());
        } catch (JacksonException | IOException e) {
            model.addAttribute(
                    "error",
                    "Dit bestand is geen JSON. Exporteer uw aanbod in het formaat van de Open Education API (OOAPI v5)"
                            + " en probeer het opnieuw.");
            return "aanbieder-import";
        }
        try {
            model.addAttribute("result", imports.importObjects(provider, body));
        } catch (ApiProblem problem) {
            List<FieldViolation> violations = problem.invalidParams();
            model.addAttribute("error", violations.isEmpty() ? problem.getMessage() : "Er is niets geïmporteerd.");
            model.addAttribute("violations", violations);
        } catch (RegisterConflict e) {
            model.addAttribute("error", "Er is niets geïmporteerd: " + e.getMessage());
        }
        return "aanbieder-import";
    }

    @GetMapping("/beoordelen")
    String queue(Model model) {
        List<OfferingView> queue = register.reviewQueue(LIMIT);
        model.addAttribute("queue", queue);
        // The skills each offering says it teaches, by their ESCO labels (the URI where the taxonomy has none).
        SkillVocabulary vocabulary = vocabularies.getIfAvailable();
        Map<String, SkillVocabulary.Term> labels = vocabulary == null
                ? Map.of()
                : vocabulary.skills(
                        queue.stream()
                                .flatMap(o -> o.details().skills().stream())
                                .distinct()
                                .toList(),
                        "nl");
        model.addAttribute(
                "skillsOf",
                queue.stream()
                        .collect(Collectors.toMap(
                                o -> o.id().toString(),
                                o -> o.details().skills().stream()
                                        .map(uri -> labels.getOrDefault(uri, new SkillVocabulary.Term(uri, uri, "en")))
                                        .toList())));
        model.addAttribute("escoAttribution", vocabulary == null ? "" : vocabulary.attribution());
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
