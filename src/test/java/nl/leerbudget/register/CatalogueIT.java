package nl.leerbudget.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.register.OfferingDetails.Modality;
import nl.leerbudget.register.OfferingDetails.StudyLoadUnit;
import nl.leerbudget.register.domain.SearchTerms;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The public catalogue: Dutch full-text search, facets, filters, paging and the parameters' problems, over its API and
 * its pages. Its offerings all carry a made-up word of their own ({@link #marker}), so that what else is in the
 * register (demo data, other tests) does not change the counts.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueIT {

    @LocalServerPort
    int port;

    @Autowired
    Register register;

    @Autowired
    Catalogue catalogue;

    Api anonymous;
    String marker;
    OfferingId nursing;
    OfferingId arithmetic;
    OfferingId excel;
    OfferingId leadership;
    OfferingId forklift;
    OfferingId safety;
    OfferingId inReview;
    ProviderId suspended;

    @BeforeAll
    void offerings() {
        anonymous = new Api(port);
        // Consonants and 'a' only, ending in 'k': the stemmer leaves such a word as it is.
        Random random = new Random();
        StringBuilder word = new StringBuilder("zorvak");
        for (int i = 0; i < 6; i++) {
            word.append("bdfgkmprstvz".charAt(random.nextInt(12))).append('a');
        }
        marker = word.append('k').toString();
        assertThat(SearchTerms.of(marker)).containsExactly(marker);

        SystemActor.install();
        try {
            ProviderId school = provider("Zorgacademie Midden", QualityMark.Scheme.OCW_INSTITUTION);
            nursing = admitted(
                    school,
                    details(
                            OfferingType.MBO_CERTIFICATE,
                            "Verpleegkunde voor zij-instromers",
                            4,
                            Modality.IN_PERSON,
                            "Utrecht",
                            185_000,
                            true));
            arithmetic = admitted(
                    school,
                    details(
                            OfferingType.SHORT_COURSE,
                            "Rekenen voor verpleegkundigen",
                            null,
                            Modality.ONLINE,
                            null,
                            19_500,
                            false));
            excel = admitted(
                    school,
                    details(
                            OfferingType.SHORT_COURSE,
                            "Excel voor gevorderden",
                            null,
                            Modality.IN_PERSON,
                            "Amersfoort",
                            45_000,
                            false));
            leadership = admitted(
                    school,
                    details(
                            OfferingType.DIPLOMA_PROGRAMME,
                            "Leidinggeven in de zorg",
                            6,
                            Modality.BLENDED,
                            "Utrecht",
                            320_000,
                            true));
            forklift = admitted(
                    school,
                    details(
                            OfferingType.SHORT_COURSE,
                            "Heftruckcertificaat",
                            null,
                            Modality.IN_PERSON,
                            "Amersfoort",
                            25_000,
                            false));
            inReview = register.submitOffering(
                            school,
                            details(
                                    OfferingType.SHORT_COURSE,
                                    "Verpleegkunde in de wijk",
                                    null,
                                    Modality.ONLINE,
                                    null,
                                    50_000,
                                    false))
                    .id();

            suspended = provider("Cursusbureau Snel", QualityMark.Scheme.NRTO);
            safety = admitted(
                    suspended,
                    details(
                            OfferingType.SHORT_COURSE,
                            "Veilig werken met verpleegkundige hulpmiddelen",
                            null,
                            Modality.IN_PERSON,
                            "Zwolle",
                            60_000,
                            false));
            register.decideProvider(
                    suspended, ProviderStatus.SUSPENDED, "Geschorst: onderzoek naar de aanwezigheid van deelnemers.");
        } finally {
            SystemActor.clear();
        }
    }

    private ProviderId provider(String name, QualityMark.Scheme mark) {
        ProviderId id = new ProviderId(UUID.randomUUID());
        String kvk = String.valueOf(10_000_000 + new Random().nextInt(89_999_999));
        register.registerProvider(new RegisterProvider(
                id,
                kvk,
                name,
                "NL91ABNA0417164300",
                List.of(new QualityMark(mark, "X-1", LocalDate.of(2020, 1, 1), LocalDate.of(2035, 12, 31)))));
        register.decideProvider(id, ProviderStatus.ADMITTED, "In orde.");
        return id;
    }

    private OfferingDetails details(
            OfferingType type,
            String name,
            @Nullable Integer level,
            Modality modality,
            @Nullable String location,
            long priceCents,
            boolean recognised) {
        return details(marker, type, name, level, modality, location, priceCents, recognised);
    }

    private OfferingDetails details(
            String word,
            OfferingType type,
            String name,
            @Nullable Integer level,
            Modality modality,
            @Nullable String location,
            long priceCents,
            boolean recognised) {
        String description = "Een opleiding (" + word + ") voor wie in de zorg of de techniek wil werken of"
                + " doorgroeien, met praktijkopdrachten"
                + (name.startsWith("Leiding") ? " voor verpleegkundigen." : ".");
        return new OfferingDetails(
                type,
                name,
                description,
                level,
                40,
                StudyLoadUnit.HOURS,
                priceCents,
                0,
                priceCents,
                modality,
                location,
                List.of(LocalDate.of(2027, 9, 1)),
                20,
                List.of("zorg"),
                List.of(),
                recognised);
    }

    private OfferingId admitted(ProviderId provider, OfferingDetails details) {
        OfferingView offering = register.submitOffering(provider, details);
        register.decideOffering(offering.id(), true, "Voldoet.");
        return offering.id();
    }

    private CatalogueResult search(String text) {
        return catalogue.search(CatalogueQuery.text(marker + " " + text));
    }

    private CatalogueResult searchOwn(String text) {
        return catalogue.search(CatalogueQuery.text("zak" + marker + " " + text));
    }

    private static List<OfferingId> ids(CatalogueResult result) {
        return result.hits().stream().map(CatalogueHit::offering).toList();
    }

    // ---------------------------------------------------------------- words

    @Test
    void findsEveryFormOfTheWordsInNameOrDescription() {
        assertThat(ids(search("verpleegkundigen"))).containsExactlyInAnyOrder(nursing, arithmetic, leadership, safety);
        assertThat(ids(search("VERPLEEGKUNDE"))).containsExactlyInAnyOrderElementsOf(ids(search("verpleegkundigen")));
    }

    @Test
    void ranksResultsWithTheWordsInTheirNameFirst() {
        List<OfferingId> found = ids(search("verpleegkunde"));

        assertThat(found).hasSize(4);
        // Leidinggeven in de zorg only mentions nurses in its description.
        assertThat(found.getLast()).isEqualTo(leadership);
    }

    @Test
    void everyWordMustOccur() {
        assertThat(ids(search("excel gevorderden"))).containsExactly(excel);
        assertThat(search("excel verpleegkunde").total()).isZero();
        assertThat(search("excel verpleegkunde").hits()).isEmpty();
    }

    @Test
    void theLastWordMayBeTheStartOfAWord() {
        assertThat(ids(search("heftr"))).containsExactly(forklift);
        // The stemmer turns "verpleeg" into "verpleg"; the word as typed is still a start of "verpleegkund".
        assertThat(ids(search("verpleeg"))).hasSize(4);
        // Only the last word.
        assertThat(search("heftr excel").total()).isZero();
    }

    @Test
    void onlyAdmittedOfferingsAreInTheCatalogue() {
        assertThat(ids(catalogue.search(CatalogueQuery.text(marker).withPage(1, 100))))
                .containsExactlyInAnyOrder(nursing, arithmetic, excel, leadership, forklift, safety)
                .doesNotContain(inReview);
    }

    @Test
    void aRevisedOfferingLeavesTheCatalogueUntilItIsAdmittedAgain() {
        String own = "zak" + marker;
        SystemActor.install();
        try {
            ProviderId provider = provider("Revisie Opleidingen", QualityMark.Scheme.NRTO);
            OfferingId id = admitted(
                    provider,
                    details(
                            own,
                            OfferingType.SHORT_COURSE,
                            "Plannen en roosteren",
                            null,
                            Modality.ONLINE,
                            null,
                            30_000,
                            false));
            assertThat(ids(searchOwn("roosteren"))).containsExactly(id);

            register.reviseOffering(
                    id,
                    details(
                            own,
                            OfferingType.SHORT_COURSE,
                            "Plannen en organiseren",
                            null,
                            Modality.ONLINE,
                            null,
                            30_000,
                            false));
            assertThat(searchOwn("roosteren").total()).isZero();
            assertThat(searchOwn("organiseren").total()).isZero();

            register.decideOffering(id, true, "Voldoet.");
            assertThat(searchOwn("roosteren").total()).isZero();
            assertThat(ids(searchOwn("organiseren"))).containsExactly(id);
        } finally {
            SystemActor.clear();
        }
    }

    // ---------------------------------------------------------------- facets and filters

    @Test
    void countsEveryFacetOverEverythingThatMatches() {
        CatalogueResult result = catalogue.search(CatalogueQuery.text(marker).withPage(1, 2));

        assertThat(result.total()).isEqualTo(6);
        assertThat(result.hits()).hasSize(2);
        Facets facets = result.facets();
        assertThat(facets.types())
                .containsExactly(
                        Map.entry(OfferingType.DIPLOMA_PROGRAMME, 1L),
                        Map.entry(OfferingType.MBO_CERTIFICATE, 1L),
                        Map.entry(OfferingType.SHORT_COURSE, 4L));
        assertThat(facets.levels()).containsExactly(Map.entry(4, 1L), Map.entry(6, 1L));
        assertThat(facets.modalities())
                .containsExactly(
                        Map.entry(Modality.IN_PERSON, 4L),
                        Map.entry(Modality.ONLINE, 1L),
                        Map.entry(Modality.BLENDED, 1L));
        assertThat(facets.locations())
                .containsExactly(Map.entry("Amersfoort", 2L), Map.entry("Utrecht", 2L), Map.entry("Zwolle", 1L));
        assertThat(facets.priceBands())
                .containsExactly(
                        Map.entry(PriceBand.UNDER_250, 1L),
                        Map.entry(PriceBand.FROM_250_TO_1000, 3L),
                        Map.entry(PriceBand.FROM_1000_TO_2500, 1L),
                        Map.entry(PriceBand.FROM_2500, 1L));
        assertThat(facets.recognised()).containsExactly(Map.entry(false, 4L), Map.entry(true, 2L));
    }

    @Test
    void aFacetCountsWithoutItsOwnFilterSoThatOtherValuesShowWhatTheyAdd() {
        CatalogueResult result =
                catalogue.search(CatalogueQuery.text(marker).withTypes(Set.of(OfferingType.SHORT_COURSE)));

        assertThat(result.total()).isEqualTo(4);
        assertThat(result.facets().types())
                .containsEntry(OfferingType.SHORT_COURSE, 4L)
                .containsEntry(OfferingType.MBO_CERTIFICATE, 1L)
                .containsEntry(OfferingType.DIPLOMA_PROGRAMME, 1L);
        // The other facets count short courses only.
        assertThat(result.facets().locations()).containsExactly(Map.entry("Amersfoort", 2L), Map.entry("Zwolle", 1L));
        assertThat(result.facets().recognised()).containsExactly(Map.entry(false, 4L));
    }

    @Test
    void filtersNarrowAndValuesOfOneFilterWiden() {
        CatalogueQuery all = CatalogueQuery.text(marker).withPage(1, 100);

        assertThat(ids(catalogue.search(all.withLevels(Set.of(4, 6))))).containsExactlyInAnyOrder(nursing, leadership);
        assertThat(ids(catalogue.search(all.withModalities(Set.of(Modality.ONLINE)))))
                .containsExactly(arithmetic);
        assertThat(ids(catalogue.search(all.withLocation("Amersfoort")))).containsExactlyInAnyOrder(excel, forklift);
        assertThat(ids(catalogue.search(all.withPrice(25_000L, 99_999L))))
                .containsExactlyInAnyOrder(excel, forklift, safety);
        assertThat(ids(catalogue.search(all.withRecognised(true)))).containsExactlyInAnyOrder(nursing, leadership);
        assertThat(ids(catalogue.search(all.withTypes(Set.of(OfferingType.SHORT_COURSE))
                        .withLocation("Amersfoort")
                        .withPrice(null, 30_000L))))
                .containsExactly(forklift);
    }

    @Test
    void pagesThroughEveryResultOnce() {
        List<OfferingId> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            CatalogueResult result =
                    catalogue.search(CatalogueQuery.text(marker).withPage(page, 2));
            assertThat(result.pages()).isEqualTo(3);
            assertThat(result.hits()).hasSize(2);
            seen.addAll(ids(result));
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize(6);
        CatalogueResult beyond = catalogue.search(CatalogueQuery.text(marker).withPage(4, 2));
        assertThat(beyond.hits()).isEmpty();
        assertThat(beyond.total()).isEqualTo(6);
    }

    @Test
    void aRebuildFindsTheSame() {
        CatalogueResult before = catalogue.search(CatalogueQuery.text(marker).withPage(1, 100));
        SystemActor.install();
        try {
            assertThat(catalogue.rebuild()).isGreaterThanOrEqualTo(7);
        } finally {
            SystemActor.clear();
        }
        assertThat(catalogue.isCurrent()).isTrue();
        CatalogueResult after = catalogue.search(CatalogueQuery.text(marker).withPage(1, 100));
        assertThat(after).isEqualTo(before);
    }

    // ---------------------------------------------------------------- suspension

    @Test
    void aSuspendedProvidersOfferingIsFoundButNotBookable() {
        CatalogueHit hit = catalogue.search(CatalogueQuery.text(marker + " hulpmiddelen")).hits().stream()
                .filter(h -> h.offering().equals(safety))
                .findFirst()
                .orElseThrow();

        assertThat(hit.bookable()).isFalse();
        assertThat(hit.providerName()).isEqualTo("Cursusbureau Snel");
        assertThat(catalogue
                        .search(CatalogueQuery.text(marker + " excel"))
                        .hits()
                        .getFirst()
                        .bookable())
                .isTrue();

        Api.Response page = anonymous.get("/opleidingen/" + safety.value());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().stringValue())
                .contains("U kunt deze opleiding nu niet gebruiken voor een regeling")
                .contains("geschorst")
                .contains("onderzoek naar de aanwezigheid van deelnemers");
    }

    @Test
    void readmittingTheProviderMakesItsOfferingsBookableAgain() {
        String own = "zak" + marker;
        SystemActor.install();
        try {
            ProviderId provider = provider("Tijdelijk Geschorst", QualityMark.Scheme.CRKBO);
            OfferingId id = admitted(
                    provider,
                    details(
                            own,
                            OfferingType.SHORT_COURSE,
                            "Klantcontact",
                            null,
                            Modality.ONLINE,
                            null,
                            20_000,
                            false));
            register.decideProvider(provider, ProviderStatus.SUSPENDED, "Onderzoek.");
            assertThat(searchOwn("klantcontact").hits().getFirst().bookable()).isFalse();

            register.decideProvider(provider, ProviderStatus.ADMITTED, "Onderzoek afgerond.");
            assertThat(ids(searchOwn("klantcontact"))).containsExactly(id);
            assertThat(searchOwn("klantcontact").hits().getFirst().bookable()).isTrue();
        } finally {
            SystemActor.clear();
        }
    }

    @Test
    void theDemoCatalogueExplainsTheSuspendedDemoProvider() {
        CatalogueResult result = catalogue.search(CatalogueQuery.text("projectmanagement dag"));

        assertThat(result.hits()).anySatisfy(hit -> {
            assertThat(hit.name()).isEqualTo("Projectmanagement in één dag");
            assertThat(hit.bookable()).isFalse();
        });
    }

    // ---------------------------------------------------------------- over HTTP

    @Test
    void theApiAnswersAPageWithFacetsToAnyone() {
        Api.Response response = anonymous.get("/api/v1/catalogue?q=" + marker
                + "&type=SHORT_COURSE&type=MBO_CERTIFICATE&minPrice=100&maxPrice=5000.00&pageSize=2&page=1");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.apiVersion()).isNotBlank();
        JsonNode body = response.body();
        assertThat(body.get("totalItems").asLong()).isEqualTo(5);
        assertThat(body.get("totalPages").asLong()).isEqualTo(3);
        assertThat(body.get("page").asInt()).isEqualTo(1);
        assertThat(body.get("pageSize").asInt()).isEqualTo(2);
        assertThat(body.get("items")).hasSize(2);
        JsonNode item = body.get("items").get(0);
        assertThat(item.get("price").stringValue()).matches("\\d+\\.\\d\\d");
        assertThat(item.has("bookable")).isTrue();
        assertThat(body.get("facets").get("types").toString())
                .contains("{\"value\":\"DIPLOMA_PROGRAMME\",\"count\":1}");
        assertThat(body.get("facets").get("priceBands").toString())
                .contains(
                        "{\"value\":\"FROM_250_TO_1000\",\"minPrice\":\"250.00\",\"maxPrice\":\"999.99\",\"count\":3}");
    }

    @Test
    void theApiListsEveryInvalidParameterAtOnce() {
        Api.Response response = anonymous.get("/api/v1/catalogue?type=COURSE&level=9&level=x&modality=ONLINE"
                + "&minPrice=abc&maxPrice=-1&recognised=yes&page=0&pageSize=101&sort=name&location=a&location=b");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        List<String> names = new ArrayList<>();
        response.body()
                .get("invalidParams")
                .forEach(p -> names.add(p.get("name").stringValue()));
        assertThat(names)
                .containsExactlyInAnyOrder(
                        "sort",
                        "type",
                        "level",
                        "level",
                        "location",
                        "minPrice",
                        "maxPrice",
                        "recognised",
                        "page",
                        "pageSize");
    }

    @Test
    void theApiRefusesAMaximumBelowTheMinimum() {
        Api.Response response = anonymous.get("/api/v1/catalogue?minPrice=500&maxPrice=100");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("invalidParams").get(0).get("name").stringValue())
                .isEqualTo("maxPrice");
    }

    @Test
    void theSearchPageShowsResultsFiltersAndPaging() {
        Api.Response page = anonymous.get("/opleidingen?q=" + marker + "&soort=SHORT_COURSE");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body().stringValue())
                .contains("4 opleidingen gevonden")
                .contains("Excel voor gevorderden")
                .contains("Nu niet te gebruiken voor een regeling")
                .doesNotContain("Verpleegkunde voor zij-instromers")
                .contains("Korte cursus</span> <span class=\"count\">(4)</span>");
    }

    @Test
    void theSearchPageSaysWhatToDoWhenNothingIsFound() {
        Api.Response page = anonymous.get("/opleidingen?q=" + marker + "+onvindbaarwoordk&pagina=x&soort=NIETS");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().stringValue())
                .contains("0 opleidingen gevonden")
                .contains("Kijk of de woorden goed gespeld zijn");
    }

    @Test
    void anUnknownOfferingHasAPageSayingSo() {
        assertThat(anonymous.get("/opleidingen/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(anonymous.get("/opleidingen/geen-id").status()).isEqualTo(404);
        assertThat(anonymous.get("/opleidingen/" + inReview.value()).status()).isEqualTo(404);
    }
}
