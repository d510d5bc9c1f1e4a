package nl.leerbudget.monitoring.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.leerbudget.monitoring.DisclosureRule;
import nl.leerbudget.monitoring.Publication;
import nl.leerbudget.monitoring.Statistics;
import nl.leerbudget.monitoring.StatisticsTable;
import nl.leerbudget.monitoring.domain.CellKey;
import nl.leerbudget.monitoring.domain.Position;
import nl.leerbudget.monitoring.domain.ProtectedTable;
import nl.leerbudget.platform.web.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open-data export: every published table, protected, as JSON or CSV, for everyone without logging in. What it
 * gives is exactly what the statistics pages show (the same releases), so publishing it adds nothing a reader could
 * not already see; hidden cells have no value, only their rule.
 */
@RestController
class StatisticsResource {

    private final Statistics statistics;

    StatisticsResource(Statistics statistics) {
        this.statistics = statistics;
    }

    record TableLink(String name, String title, String unit, String href) {}

    record CellJson(
            String row,
            String column,
            @Nullable Long people,
            @Nullable String amount,
            boolean hidden,
            @Nullable String ruleId,
            @Nullable String reason) {}

    record TableJson(
            String name,
            String tableId,
            String title,
            String unit,
            int release,
            Instant releasedAt,
            String policyId,
            int policyVersion,
            String rowHeading,
            String columnHeading,
            List<String> rows,
            List<String> columns,
            List<CellJson> cells) {}

    @GetMapping("/api/v1/statistics")
    List<TableLink> tables() {
        return Arrays.stream(StatisticsTable.values())
                .map(t -> new TableLink(t.fileName(), t.title(), t.unit().name(), "/api/v1/statistics/" + t.fileName()))
                .toList();
    }

    @GetMapping(value = "/api/v1/statistics/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    TableJson table(@PathVariable String name) {
        StatisticsTable table = named(name);
        Publication publication = statistics.publish(table);
        ProtectedTable content = publication.content();
        List<CellJson> cells = new ArrayList<>();
        for (int r = 0; r <= content.rowCount(); r++) {
            for (int c = 0; c <= content.columnCount(); c++) {
                Position at = new Position(r, c);
                CellKey key = content.key(at);
                Optional<Long> value = content.value(at);
                Optional<DisclosureRule> rule = content.reason(at);
                boolean euros = table.unit() == StatisticsTable.Unit.EUROS;
                cells.add(new CellJson(
                        key.row(),
                        key.column(),
                        euros ? null : value.orElse(null),
                        euros ? value.map(v -> PublishedTable.plain(content, v)).orElse(null) : null,
                        rule.isPresent(),
                        rule.map(DisclosureRule::id).orElse(null),
                        rule.map(DisclosureRule::reason).orElse(null)));
            }
        }
        return new TableJson(
                table.fileName(),
                table.id(),
                table.title(),
                table.unit().name(),
                publication.release(),
                publication.releasedAt(),
                statistics.policy().id(),
                statistics.policy().version(),
                table.rowHeading(),
                table.columnHeading(),
                content.rows(),
                content.columns(),
                cells);
    }

    @GetMapping(value = "/api/v1/statistics/{name}", produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable String name) {
        StatisticsTable table = named(name);
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
                        ContentDisposition.inline()
                                .filename(table.fileName() + ".csv")
                                .build()
                                .toString())
                .body(body);
    }

    private static StatisticsTable named(String name) {
        return StatisticsTable.named(name).orElseThrow(() -> ApiProblem.notFound("No statistics table " + name));
    }
}
