package nl.leerbudget.register.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.leerbudget.register.Catalogue;
import nl.leerbudget.register.CatalogueQuery;
import nl.leerbudget.register.CatalogueResult;
import nl.leerbudget.register.OfferingDetails.Modality;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.OfferingView;
import nl.leerbudget.register.PriceBand;
import nl.leerbudget.register.Register;
import nl.leerbudget.register.SkillVocabulary;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public catalogue for people: a search page with filters and an offering's page, in Dutch, without JavaScript
 * (plain GET forms and links). The addresses use Dutch parameter names; values that make no sense are left out
 * rather than refused, as a person cannot fix an address they did not type.
 */
@Controller
class CataloguePages {

    static final int PAGE_SIZE = 10;

    /** The last part of an ESCO URI (a UUID) as addresses carry it. */
    static final Pattern ESCO_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** A skill no offering has: what a filter by an unknown skill or occupation looks for. */
    private static final String UNKNOWN_SKILL = "http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000";

    private final Catalogue catalogue;
    private final Register register;
    private final ObjectProvider<SkillVocabulary> vocabularies;

    CataloguePages(Catalogue catalogue, Register register, ObjectProvider<SkillVocabulary> vocabularies) {
        this.catalogue = catalogue;
        this.register = register;
        this.vocabularies = vocabularies;
    }

    /** The filters of the page as they are in its address. */
    public record Filters(
            String q,
            Set<OfferingType> types,
            Set<Integer> levels,
            Set<Modality> modalities,
            @Nullable String location,
            @Nullable PriceBand price,
            @Nullable Boolean recognised,
            @Nullable String skill,
            @Nullable String occupation) {

        static Filters of(MultiValueMap<String, String> parameters) {
            String q = first(parameters, "q");
            String location = first(parameters, "plaats");
            String recognised = first(parameters, "erkend");
            String skill = first(parameters, "vaardigheid");
            String occupation = first(parameters, "beroep");
            return new Filters(
                    q == null ? "" : q.length() > CatalogueResource.MAX_TEXT ? q.substring(0, 200) : q,
                    CataloguePages.values(parameters, "soort", OfferingType.class),
                    CataloguePages.levels(parameters),
                    CataloguePages.values(parameters, "vorm", Modality.class),
                    location == null || location.length() > 200 ? null : location,
                    parse(first(parameters, "prijs"), PriceBand.class),
                    "ja".equals(recognised) ? Boolean.TRUE : "nee".equals(recognised) ? Boolean.FALSE : null,
                    skill == null || !ESCO_ID.matcher(skill).matches() ? null : skill,
                    occupation == null || !ESCO_ID.matcher(occupation).matches() ? null : occupation);
        }

        CatalogueQuery query(int page, Set<String> skills) {
            return new CatalogueQuery(
                    q,
                    types,
                    levels,
                    modalities,
                    location,
                    price == null ? null : price.minCents(),
                    price == null ? null : price.maxCents(),
                    recognised,
                    skills,
                    page,
                    PAGE_SIZE);
        }

        public boolean any() {
            return !types.isEmpty()
                    || !levels.isEmpty()
                    || !modalities.isEmpty()
                    || location != null
                    || price != null
                    || recognised != null
                    || skill != null
                    || occupation != null;
        }

        /** The address's parameters for these filters, without the text when {@code withText} is false. */
        MultiValueMap<String, String> parameters(boolean withText) {
            MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
            if (withText && !q.isBlank()) {
                parameters.add("q", q);
            }
            types.forEach(type -> parameters.add("soort", type.name()));
            levels.stream().sorted().forEach(level -> parameters.add("niveau", level.toString()));
            modalities.forEach(modality -> parameters.add("vorm", modality.name()));
            if (location != null) {
                parameters.add("plaats", location);
            }
            if (price != null) {
                parameters.add("prijs", price.name());
            }
            if (recognised != null) {
                parameters.add("erkend", recognised ? "ja" : "nee");
            }
            if (skill != null) {
                parameters.add("vaardigheid", skill);
            }
            if (occupation != null) {
                parameters.add("beroep", occupation);
            }
            return parameters;
        }

        String link(int page) {
            MultiValueMap<String, String> parameters = parameters(true);
            if (page > 1) {
                parameters.add("pagina", Integer.toString(page));
            }
            return UriComponentsBuilder.fromPath("/opleidingen")
                    .queryParams(parameters)
                    .encode()
                    .build()
                    .toUriString();
        }
    }

    /** One choice in a filter: a checkbox or radio button with its count. */
    public record Option(String name, String value, String label, long count, boolean checked, String id) {}

    /** A hidden field that carries a filter along with a new search. */
    public record Hidden(String name, String value) {}

    public record PageLink(int number, String href, boolean current) {}

    @GetMapping("/opleidingen")
    String search(@RequestParam MultiValueMap<String, String> parameters, Model model) {
        Filters filters = Filters.of(parameters);
        int page = page(first(parameters, "pagina"));
        // A skill narrows to the offerings tagged with it; an occupation to those tagged with any of its essential
        // skills. One the taxonomy does not know (or not yet, while it loads) finds nothing.
        @Nullable SkillVocabulary vocabulary = vocabularies.getIfAvailable();
        Set<String> skills = Set.of();
        SkillVocabulary.@Nullable Term skillFilter = null;
        SkillVocabulary.@Nullable Term occupationFilter = null;
        if (filters.skill() != null) {
            skillFilter = vocabulary == null
                    ? null
                    : vocabulary.skill(filters.skill(), "nl").orElse(null);
            skills = Set.of(skillFilter == null ? UNKNOWN_SKILL : skillFilter.uri());
        } else if (filters.occupation() != null) {
            SkillVocabulary.@Nullable Occupation occupation = vocabulary == null
                    ? null
                    : vocabulary.occupation(filters.occupation(), "nl").orElse(null);
            occupationFilter = occupation == null ? null : occupation.occupation();
            skills = occupation == null || occupation.essentialSkills().isEmpty()
                    ? Set.of(UNKNOWN_SKILL)
                    : occupation.essentialSkills();
        }
        CatalogueResult result = catalogue.search(filters.query(page, skills));
        if (result.hits().isEmpty() && page > 1 && result.total() > 0) {
            page = (int) result.pages();
            result = catalogue.search(filters.query(page, skills));
        }
        model.addAttribute("skillFilter", skillFilter);
        model.addAttribute("occupationFilter", occupationFilter);
        model.addAttribute("escoAttribution", vocabulary == null ? "" : vocabulary.attribution());
        CatalogueText text = CatalogueText.INSTANCE;
        model.addAttribute("text", text);
        model.addAttribute("filters", filters);
        model.addAttribute("result", result);
        model.addAttribute("hidden", hidden(filters));
        model.addAttribute(
                "clearLink",
                new Filters(filters.q(), Set.of(), Set.of(), Set.of(), null, null, null, null, null).link(1));

        List<Option> types = new ArrayList<>();
        for (OfferingType type : OfferingType.values()) {
            types.add(new Option(
                    "soort",
                    type.name(),
                    text.type(type),
                    result.facets().types().getOrDefault(type, 0L),
                    filters.types().contains(type),
                    "soort-" + type.name().toLowerCase(java.util.Locale.ROOT)));
        }
        List<Option> levels = new ArrayList<>();
        for (int level = 1; level <= 8; level++) {
            levels.add(new Option(
                    "niveau",
                    Integer.toString(level),
                    text.level(level),
                    result.facets().levels().getOrDefault(level, 0L),
                    filters.levels().contains(level),
                    "niveau-" + level));
        }
        List<Option> modalities = new ArrayList<>();
        for (Modality modality : Modality.values()) {
            modalities.add(new Option(
                    "vorm",
                    modality.name(),
                    text.modality(modality),
                    result.facets().modalities().getOrDefault(modality, 0L),
                    filters.modalities().contains(modality),
                    "vorm-" + modality.name().toLowerCase(java.util.Locale.ROOT)));
        }
        List<Option> prices = new ArrayList<>();
        prices.add(new Option("prijs", "", "Alle prijzen", -1, filters.price() == null, "prijs-alle"));
        for (PriceBand band : PriceBand.values()) {
            prices.add(new Option(
                    "prijs",
                    band.name(),
                    text.priceBand(band),
                    result.facets().priceBands().getOrDefault(band, 0L),
                    band == filters.price(),
                    "prijs-" + band.ordinal()));
        }
        List<Option> recognised = List.of(
                new Option("erkend", "", "Alle opleidingen", -1, filters.recognised() == null, "erkend-alle"),
                new Option(
                        "erkend",
                        "ja",
                        "Alleen erkende opleidingen",
                        result.facets().recognised().getOrDefault(true, 0L),
                        Boolean.TRUE.equals(filters.recognised()),
                        "erkend-ja"),
                new Option(
                        "erkend",
                        "nee",
                        "Alleen niet-erkende opleidingen",
                        result.facets().recognised().getOrDefault(false, 0L),
                        Boolean.FALSE.equals(filters.recognised()),
                        "erkend-nee"));
        Map<String, Long> places = new TreeMap<>(result.facets().locations());
        if (filters.location() != null) {
            places.putIfAbsent(filters.location(), 0L);
        }
        List<Option> locations = new ArrayList<>();
        locations.add(new Option("plaats", "", "Alle plaatsen", -1, filters.location() == null, "plaats-alle"));
        places.forEach((place, count) -> locations.add(new Option(
                "plaats", place, place, count, place.equals(filters.location()), "plaats-" + locations.size())));
        model.addAttribute("typeOptions", types);
        model.addAttribute("levelOptions", levels);
        model.addAttribute("modalityOptions", modalities);
        model.addAttribute("priceOptions", prices);
        model.addAttribute("recognisedOptions", recognised);
        model.addAttribute("locationOptions", locations);

        List<PageLink> pages = new ArrayList<>();
        int last = (int) Math.max(1, result.pages());
        for (int number = Math.max(1, page - 2); number <= Math.min(last, page + 2); number++) {
            pages.add(new PageLink(number, filters.link(number), number == page));
        }
        model.addAttribute("pages", pages);
        model.addAttribute("previous", page > 1 ? filters.link(page - 1) : null);
        model.addAttribute("next", page < last ? filters.link(page + 1) : null);
        model.addAttribute("lastPage", last);
        return "opleidingen";
    }

    @GetMapping("/opleidingen/{offeringId}")
    String offering(@PathVariable String offeringId, Model model, HttpServletResponse response) {
        Optional<OfferingView> offering = id(offeringId).flatMap(register::offering);
        model.addAttribute("text", CatalogueText.INSTANCE);
        if (offering.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "opleiding-niet-gevonden";
        }
        OfferingView view = offering.get();
        model.addAttribute("offering", view);
        model.addAttribute("details", view.details());
        model.addAttribute("provider", register.provider(view.provider()).orElseThrow());
        SkillVocabulary vocabulary = vocabularies.getIfAvailable();
        Map<String, SkillVocabulary.Term> labels =
                vocabulary == null ? Map.of() : vocabulary.skills(view.details().skills(), "nl");
        model.addAttribute(
                "skills",
                view.details().skills().stream()
                        .map(uri -> labels.getOrDefault(uri, new SkillVocabulary.Term(uri, uri, "en")))
                        .toList());
        model.addAttribute("escoAttribution", vocabulary == null ? "" : vocabulary.attribution());
        return "opleiding";
    }

    private static List<Hidden> hidden(Filters filters) {
        List<Hidden> hidden = new ArrayList<>();
        filters.parameters(false).forEach((name, values) -> values.forEach(v -> hidden.add(new Hidden(name, v))));
        return hidden;
    }

    private static Optional<OfferingId> id(String text) {
        try {
            return Optional.of(new OfferingId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int page(@Nullable String text) {
        if (text == null || !text.matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Math.min(CatalogueQuery.MAX_PAGE, Integer.parseInt(text)));
    }

    private static @Nullable String first(MultiValueMap<String, String> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null) {
            return null;
        }
        return values.stream()
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .findFirst()
                .orElse(null);
    }

    private static <E extends Enum<E>> Set<E> values(
            MultiValueMap<String, String> parameters, String name, Class<E> type) {
        Set<E> found = EnumSet.noneOf(type);
        List<String> values = parameters.get(name);
        if (values != null) {
            values.forEach(value -> {
                E parsed = parse(value, type);
                if (parsed != null) {
                    found.add(parsed);
                }
            });
        }
        return found;
    }

    private static Set<Integer> levels(MultiValueMap<String, String> parameters) {
        Set<Integer> levels = new LinkedHashSet<>();
        List<String> values = parameters.get("niveau");
        if (values != null) {
            values.stream()
                    .filter(v -> v.matches("[1-8]"))
                    .map(Integer::valueOf)
                    .forEach(levels::add);
        }
        return levels;
    }

    private static <E extends Enum<E>> @Nullable E parse(@Nullable String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
