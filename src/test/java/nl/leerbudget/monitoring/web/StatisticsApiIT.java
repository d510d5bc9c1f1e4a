package nl.leerbudget.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.leerbudget.monitoring.StatisticsTable;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The open-data export, without logging in: every table as JSON and as CSV, hidden cells without a value but with
 * their rule, and the same release as the pages.
 */
@IntegrationTest
class StatisticsApiIT {

    @LocalServerPort
    int port;

    @Test
    void anyoneListsThePublishedTablesAndReadsEachAsJsonWithHiddenCellsWithoutAValue() {
        Api anonymous = new Api(port);
        Api.Response list = anonymous.get("/api/v1/statistics");

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        list.body().forEach(table -> names.add(table.get("name").asString()));
        assertThat(names).hasSize(StatisticsTable.values().length).contains("gebruik-naar-opleidingsniveau");

        for (StatisticsTable table : StatisticsTable.values()) {
            Api.Response read = anonymous.get("/api/v1/statistics/" + table.fileName());
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            JsonNode body = read.body();
            assertThat(body.get("tableId").asString()).isEqualTo(table.id());
            assertThat(body.get("release").asInt()).isPositive();
            int rows = body.get("rows").size();
            int columns = body.get("columns").size();
            assertThat(body.get("cells").size()).isEqualTo((rows + 1) * (columns + 1));
            for (JsonNode cell : body.get("cells")) {
                String value = table.unit() == StatisticsTable.Unit.EUROS ? "amount" : "people";
                if (cell.get("hidden").asBoolean()) {
                    assertThat(cell.has(value)).as(cell.toString()).isFalse();
                    assertThat(cell.get("ruleId").asString()).matches("D[1-4]");
                } else {
                    assertThat(cell.has(value)).as(cell.toString()).isTrue();
                    assertThat(cell.has("ruleId")).isFalse();
                }
            }
        }
    }

    @Test
    void theSameTableIsCsvWhenAskedForAndAnUnknownTableIsNotFound() throws Exception {
        HttpResponse<String> csv = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/statistics/subsidiebedrag-naar-tijdvak"))
                                .header("Accept", "text/csv")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().lines().findFirst()).contains("aanvraagtijdvak,stand,bedrag_euro,verborgen,regel,reden");
        assertThat(csv.body().lines()).noneSatisfy(line -> assertThat(line).matches(".*,[0-9.]+,ja,.*"));

        Api.Response unknown = new Api(port).get("/api/v1/statistics/wie-woont-waar");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }
}
