package nl.leerbudget.register.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.OfferingView;
import nl.leerbudget.register.Register;
import nl.leerbudget.register.SkillVocabulary;
import nl.leerbudget.register.SkillVocabulary.Term;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Wat leert iemand bij u?": a provider tags one of its offerings with the ESCO skills it teaches, found by searching
 * the skills' names or by taking the skills an occupation asks. People who look for an occupation find the offering
 * by the skills they miss. Plain forms without JavaScript: a search reloads the page, one form saves the ticked skills.
 * Only the offering's own provider reaches it; for anyone else the offering does not exist (404).
 */
@Controller
class SkillTagPages {

    static final int FOUND = 20;

    private static final String LANGUAGE = "nl";

    private final Register register;
    private final Actors actors;
    private final ObjectProvider<SkillVocabulary> vocabularies;

    SkillTagPages(Register register, Actors actors, ObjectProvider<SkillVocabulary> vocabularies) {
        this.register = register;
        this.actors = actors;
        this.vocabularies = vocabularies;
    }

    @GetMapping("/aanbieder/opleidingen/{offeringId}/vaardigheden")
    String skills(
            @PathVariable UUID offeringId,
            @RequestParam(name = "zoek", required = false) @Nullable String skillText,
            @RequestParam(name = "beroepzoek", required = false) @Nullable String occupationText,
            @RequestParam(name = "beroep", required = false) @Nullable String occupationId,
            Model model,
            HttpServletResponse response) {
        Optional<OfferingView> offering = own(offeringId);
        if (offering.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "opleiding-niet-gevonden";
        }
        show(
                model,
                offering.get(),
                offering.get().details().skills(),
                clean(skillText),
                clean(occupationText),
                occupationId);
        return "aanbieder-vaardigheden";
    }

    /** Saves the ticked skills as the offering's skills; nothing changes when the choice cannot be taken. */
    @PostMapping("/aanbieder/opleidingen/{offeringId}/vaardigheden")
    String save(
            @PathVariable UUID offeringId,
            @RequestParam(name = "vaardigheid", required = false) @Nullable List<String> ticked,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<OfferingView> offering = own(offeringId);
        if (offering.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "opleiding-niet-gevonden";
        }
        List<String> chosen = List.copyOf(new LinkedHashSet<>(ticked == null ? List.of() : ticked));
        Optional<String> error = problem(chosen);
        if (error.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", error.get());
            show(model, offering.get(), chosen, "", "", null);
            return "aanbieder-vaardigheden";
        }
        OfferingView saved = register.tagSkills(offering.get().id(), chosen);
        redirect.addFlashAttribute(
                "message",
                chosen.isEmpty()
                        ? "Opgeslagen: bij deze opleiding staan geen vaardigheden meer."
                        : "Opgeslagen: deze opleiding leert nu " + chosen.size()
                                + (chosen.size() == 1 ? " vaardigheid." : " vaardigheden."));
        return "redirect:/aanbieder/opleidingen/" + saved.id().value() + "/vaardigheden";
    }

    /** Why the ticked skills cannot be saved, in Dutch; empty when they can. */
    private Optional<String> problem(List<String> chosen) {
        if (chosen.size() > OfferingDetails.MAX_SKILLS) {
            return Optional.of("U hebt " + chosen.size() + " vaardigheden gekozen. Dat mogen er hoogstens "
                    + OfferingDetails.MAX_SKILLS + " zijn. Haal er " + (chosen.size() - OfferingDetails.MAX_SKILLS)
                    + " weg en sla opnieuw op.");
        }
        if (!chosen.stream().allMatch(s -> OfferingDetails.ESCO_SKILL.matcher(s).matches())) {
            return Optional.of("Een van de gekozen vaardigheden staat niet in de lijst van ESCO. Kies opnieuw.");
        }
        SkillVocabulary vocabulary = vocabularies.getIfAvailable();
        if (vocabulary != null && vocabulary.skills(chosen, LANGUAGE).size() != chosen.size()) {
            return Optional.of("Een van de gekozen vaardigheden staat niet in de lijst van ESCO. Kies opnieuw.");
        }
        return Optional.empty();
    }

    /** The offering, when the caller is its provider. */
    private Optional<OfferingView> own(UUID offeringId) {
        UUID organisation = actors.current().organisation();
        return register.offering(new OfferingId(offeringId))
                .filter(o -> organisation != null && o.provider().value().equals(organisation));
    }

    private void show(
            Model model,
            OfferingView offering,
            List<String> chosen,
            String skillText,
            String occupationText,
            @Nullable String occupationId) {
        SkillVocabulary vocabulary = vocabularies.getIfAvailable();
        model.addAttribute("offering", offering);
        model.addAttribute("max", OfferingDetails.MAX_SKILLS);
        model.addAttribute("skillText", skillText);
        model.addAttribute("occupationText", occupationText);
        model.addAttribute("attribution", vocabulary == null ? "" : vocabulary.attribution());
        Map<String, Term> labels = vocabulary == null ? Map.of() : vocabulary.skills(chosen, LANGUAGE);
        model.addAttribute(
                "chosen",
                chosen.stream()
                        .map(uri -> labels.getOrDefault(uri, new Term(uri, uri, "en")))
                        .toList());
        Set<String> taken = Set.copyOf(chosen);
        List<Term> found = vocabulary == null || skillText.isEmpty()
                ? List.of()
                : vocabulary.searchSkills(skillText, LANGUAGE, FOUND).stream()
                        .filter(t -> !taken.contains(t.uri()))
                        .toList();
        model.addAttribute("found", found);
        model.addAttribute(
                "occupations",
                vocabulary == null || occupationText.isEmpty()
                        ? List.of()
                        : vocabulary.searchOccupations(occupationText, LANGUAGE, FOUND));
        SkillVocabulary.Occupation occupation = null;
        List<Term> asked = new ArrayList<>();
        if (vocabulary != null && occupationId != null && !occupationId.isBlank()) {
            occupation = vocabulary.occupation(occupationId.strip(), LANGUAGE).orElse(null);
            if (occupation != null) {
                vocabulary.skills(occupation.essentialSkills(), LANGUAGE).values().stream()
                        .filter(t -> !taken.contains(t.uri()))
                        .sorted((a, b) -> a.label().compareToIgnoreCase(b.label()))
                        .forEach(asked::add);
            }
        }
        model.addAttribute("occupation", occupation == null ? null : occupation.occupation());
        model.addAttribute("asked", asked);
    }

    private static String clean(@Nullable String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.length() > 100 ? stripped.substring(0, 100) : stripped;
    }
}
