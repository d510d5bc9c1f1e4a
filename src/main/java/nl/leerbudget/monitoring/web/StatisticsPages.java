package nl.leerbudget.monitoring.web;

import java.nio.charset.StandardCharsets;
import nl.leerbudget.monitoring.Statistics;
import nl.leerbudget.monitoring.domain.ProtectedTable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The statistics page in Dutch for analysts: uptake by education level and age band as a table and as a chart of the
 * same numbers, hidden cells marked with their rule, and the same table as a CSV file (open data: one line per cell).
 * Server-rendered; the chart is SVG in the page, so nothing needs JavaScript.
 */
@Controller
class StatisticsPages {

    private final Statistics statistics;

    StatisticsPages(Statistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/statistiek")
    String page(Model model) {
        ProtectedTable uptake = statistics.uptakeByEducationLevel();
        model.addAttribute("uptake", PublishedTable.of(uptake));
        model.addAttribute("policy", statistics.policy());
        return "statistiek";
    }

    @GetMapping("/statistiek/gebruik-naar-opleidingsniveau.csv")
    ResponseEntity<byte[]> csv() {
        ProtectedTable uptake = statistics.uptakeByEducationLevel();
        byte[] body = PublishedTable.csv(uptake, "opleidingsniveau", "leeftijd").getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("gebruik-naar-opleidingsniveau.csv")
                                .build()
                                .toString())
                .body(body);
    }
}
