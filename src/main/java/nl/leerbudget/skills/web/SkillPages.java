package nl.leerbudget.skills.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.leerbudget.skills.OccupationView;
import nl.leerbudget.skills.SkillGap;
import nl.leerbudget.skills.SkillGap.SkillView;
import nl.leerbudget.skills.Skills;
import nl.leerbudget.skills.domain.GapAnalysis.Group;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Welk beroep wilt u?": a person searches a target occupation by its Dutch names, says what they can already (by
 * ticking the occupation's skills, or by naming their current occupation), and sees what they still miss and the
 * offerings that add most of it, with what each would cost them. Plain GET forms, without JavaScript; nothing is
 * stored. Open to everyone; the cost only for a citizen (or an adviser acting for one).
 */
@Controller
class SkillPages {

    /** Recommended offerings on the page. */
    static final int RECOMMENDED = 5;

    static final int OCCUPATIONS_FOUND = 20;

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Skills skills;

    SkillPages(Skills skills) {
        this.skills = skills;
    }

    /** A missing-skills group with its Dutch title. */
    public record MissingGroup(String id, String title, List<SkillView> skills) {}

    @GetMapping("/vaardigheden")
    String search(@RequestParam(name = "zoek", required = false) @Nullable String text, Model model) {
        common(model);
        String query = text == null ? "" : text.strip();
        if (query.length() > 100) {
            query = query.substring(0, 100);
        }
        model.addAttribute("query", query);
        model.addAttribute("found", query.isEmpty() ? List.of() : skills.searchOccupations(query, OCCUPATIONS_FOUND));
        return "vaardigheden";
    }

    @GetMapping("/vaardigheden/{occupationId}")
    String gap(
            @PathVariable String occupationId,
            @RequestParam(name = "heb", required = false) @Nullable List<String> has,
            @RequestParam(name = "huidig", required = false) @Nullable String currentId,
            @RequestParam(name = "nu", required = false) @Nullable String currentText,
            Model model,
            HttpServletResponse response) {
        common(model);
        Optional<OccupationView> target =
                ID.matcher(occupationId).matches() ? skills.occupation(occupationId) : Optional.empty();
        if (target.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("query", "");
            model.addAttribute("found", List.of());
            model.addAttribute("notFound", true);
            return "vaardigheden";
        }
        OccupationView current = currentId != null && ID.matcher(currentId).matches()
                ? skills.occupation(currentId).orElse(null)
                : null;
        String currentQuery = currentText == null ? "" : currentText.strip();
        if (currentQuery.length() > 100) {
            currentQuery = currentQuery.substring(0, 100);
        }
        List<OccupationView> currentFound = current == null && !currentQuery.isEmpty()
                ? skills.searchOccupations(currentQuery, OCCUPATIONS_FOUND)
                : List.of();
        Set<String> had = new LinkedHashSet<>();
        if (has != null) {
            has.stream().filter(id -> ID.matcher(id).matches()).limit(500).forEach(had::add);
        }
        SkillGap gap = skills.gap(target.get(), had, current);
        Set<String> hadIds = new LinkedHashSet<>(had);
        gap.had().forEach(skill -> hadIds.add(skill.id()));
        List<SkillView> required = skills.requirements(target.get());
        model.addAttribute("target", target.get());
        model.addAttribute("current", current);
        model.addAttribute("currentQuery", currentQuery);
        model.addAttribute("currentFound", currentFound);
        model.addAttribute(
                "essential", required.stream().filter(SkillView::essential).toList());
        model.addAttribute(
                "optional", required.stream().filter(s -> !s.essential()).toList());
        model.addAttribute("hadIds", hadIds);
        model.addAttribute("gap", gap);
        List<MissingGroup> groups = new ArrayList<>();
        groups.add(
                new MissingGroup("mist-nodig-doen", "Nodig: wat u moet kunnen", gap.missing(Group.ESSENTIAL_SKILLS)));
        groups.add(new MissingGroup(
                "mist-nodig-weten", "Nodig: wat u moet weten", gap.missing(Group.ESSENTIAL_KNOWLEDGE)));
        groups.add(
                new MissingGroup("mist-handig-doen", "Handig: wat u kunt leren", gap.missing(Group.OPTIONAL_SKILLS)));
        groups.add(new MissingGroup(
                "mist-handig-weten", "Handig: wat u kunt weten", gap.missing(Group.OPTIONAL_KNOWLEDGE)));
        model.addAttribute("groups", groups);
        model.addAttribute("recommendations", skills.recommendations(gap, RECOMMENDED));
        // Each booking form its own key: the booking refuses a key it saw with another offering.
        List<UUID> requestIds = new ArrayList<>();
        for (int i = 0; i < RECOMMENDED; i++) {
            requestIds.add(UUID.randomUUID());
        }
        model.addAttribute("requestIds", requestIds);
        return "vaardigheden-beroep";
    }

    private void common(Model model) {
        model.addAttribute("text", SkillText.INSTANCE);
        model.addAttribute("attribution", skills.attribution());
        model.addAttribute("loading", skills.progress().running());
        model.addAttribute("percent", skills.progress().percent());
        model.addAttribute("loaded", skills.release().isPresent());
    }
}
