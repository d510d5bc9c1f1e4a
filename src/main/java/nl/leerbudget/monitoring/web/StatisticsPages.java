package nl.leerbudget.monitoring.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.leerbudget.monitoring.Publication;
import nl.leerbudget.monitoring.Statistics;
import nl.leerbudget.monitoring.StatisticsTable;
import nl.leerbudget.monitoring.domain.ProtectedTable;
import nl.leerbudget.schemes.WindowBudget;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The statistics pages in Dutch for analysts: each table as a table and as a chart of the same numbers, hidden cells
 * marked with their rule, and the same table as a CSV file (open data: one line per cell). {@code /statistiek} shows
 * uptake by education level, how concentrated the money is among providers, and links to the other tables, each on a
 * page of its own so that a page reads one table. Server-rendered; the charts are SVG in the page, so nothing needs
 * JavaScript.
 */
@Controller
class StatisticsPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy", Locale.forLanguageTag("nl-NL"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final Statistics statistics;

    StatisticsPages(Statistics statistics) {
        this.statistics = statistics;
    }

    /** One table as a page shows it. */
    record Section(
            String name,
            String title,
            String hint,
            String rowHeading,
            String chartTitle,
            PublishedTable table,
            String release) {}

    /** A window's budget and what was granted from it, when that total is published. */
    record Burn(String code, String name, String budget, String granted, String percent, boolean hidden) {}

    /** The other tables, as links from the main page. */
    record Link(String name, String title) {}

    @GetMapping("/statistiek")
    String page(Model model) {
        model.addAttribute("uptake", section(statistics.publish(StatisticsTable.UPTAKE_BY_EDUCATION)));
        model.addAttribute("policy", statistics.policy());
        model.addAttribute("concentration", statistics.providerConcentration().orElse(null));
        List<Link> others = new ArrayList<>();
        for (StatisticsTable table : StatisticsTable.values()) {
            if (table != StatisticsTable.UPTAKE_BY_EDUCATION) {
                others.add(new Link(table.fileName(), table.title()));
            }
        }
        model.addAttribute("others", others);
        return "statistiek";
    }

    @GetMapping("/statistiek/{name}")
    String table(@PathVariable String name, Model model) {
        StatisticsTable table = StatisticsTable.named(name).orElseThrow(StatisticsPages::notFound);
        Publication publication = statistics.publish(table);
        model.addAttribute("section", section(publication));
        model.addAttribute("policy", statistics.policy());
        if (table == StatisticsTable.GRANTS_BY_WINDOW) {
            model.addAttribute("burn", burn(publication.content(), statistics.windows()));
        }
        return "statistiek-tabel";
    }

    @GetMapping("/statistiek/{name}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String name) {
        StatisticsTable table = StatisticsTable.named(name).orElseThrow(StatisticsPages::notFound);
        ProtectedTable content = statistics.publish(table).content();
        byte[] body = PublishedTable.csv(
                        content,
                        table.rowHeading(),
                        table.columnHeading(),
                        table.unit().heading())
                .getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(table.fileName() + ".csv")
                                .build()
                                .toString())
                .body(body);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    static Section section(Publication publication) {
        StatisticsTable table = publication.table();
        String release = "Publicatie " + publication.release() + ", sinds " + DAY.format(publication.releasedAt());
        return switch (table) {
            case UPTAKE_BY_EDUCATION ->
                new Section(
                        table.fileName(),
                        table.title(),
                        "Hoogste opleiding volgens DUO; leeftijd in het jaar van deze cijfers. Iemand met meer subsidies"
                                + " telt één keer.",
                        "Opleidingsniveau",
                        "Personen met een subsidie per opleidingsniveau",
                        PublishedTable.of(publication.content()),
                        release);
            case UPTAKE_BY_SECTOR ->
                new Section(
                        table.fileName(),
                        table.title(),
                        "Sector van het werk volgens UWV, als die bekend is; leeftijd in het jaar van deze cijfers. Iemand"
                                + " met meer subsidies telt één keer.",
                        "Sector",
                        "Personen met een subsidie per sector",
                        PublishedTable.of(publication.content()),
                        release);
            case UPTAKE_BY_LABOUR_MARKET ->
                new Section(
                        table.fileName(),
                        table.title(),
                        "Band met de Nederlandse arbeidsmarkt volgens UWV (werk of een uitkering). Iemand met meer"
                                + " subsidies telt één keer.",
                        "Arbeidsmarkt",
                        "Personen met een subsidie, met en zonder band met de arbeidsmarkt",
                        PublishedTable.of(publication.content()),
                        release);
            case GRANTS_BY_OFFERING_TYPE ->
                new Section(
                        table.fileName(),
                        table.title(),
                        "Het toegekende bedrag in euro's. Begonnen: de aanbieder bevestigde de start en krijgt het geld."
                                + " Vervallen: niet op tijd gebruikt; het geld ging terug naar het budget. Een cel met"
                                + " minder dan 10 subsidies tonen we niet.",
                        "Soort opleiding",
                        "Bedrag van de subsidies per soort opleiding",
                        PublishedTable.of(publication.content()),
                        release);
            case GRANTS_BY_WINDOW ->
                new Section(
                        table.fileName(),
                        table.title(),
                        "Het toegekende bedrag in euro's per aanvraagtijdvak (met zijn code). Een cel met minder dan 10"
                                + " subsidies tonen we niet.",
                        "Aanvraagtijdvak",
                        "Bedrag van de subsidies per aanvraagtijdvak",
                        PublishedTable.of(publication.content()),
                        release);
        };
    }

    /** Budget burn: per window, the published total granted against its budget. */
    static List<Burn> burn(ProtectedTable grants, List<WindowBudget> windows) {
        List<Burn> burn = new ArrayList<>();
        for (WindowBudget window : windows) {
            int row = grants.rows().indexOf(window.code());
            if (row < 0) {
                continue;
            }
            Optional<Long> granted = Statistics.rowTotal(grants, row);
            String budget = PublishedTable.shown(grants, window.budgetCents());
            if (granted.isEmpty()) {
                String rule = grants.reason(new nl.leerbudget.monitoring.domain.Position(row, grants.columnCount()))
                        .map(r -> r.id())
                        .orElse("");
                burn.add(new Burn(window.code(), window.name(), budget, PublishedTable.HIDDEN + " " + rule, "", true));
            } else {
                String percent = BigDecimal.valueOf(granted.get())
                                .multiply(BigDecimal.valueOf(100))
                                .divide(BigDecimal.valueOf(window.budgetCents()), 1, RoundingMode.HALF_UP)
                                .toPlainString()
                                .replace('.', ',')
                        + "%";
                burn.add(new Burn(
                        window.code(),
                        window.name(),
                        budget,
                        PublishedTable.shown(grants, granted.get()),
                        percent,
                        false));
            }
        }
        return burn;
    }
}
