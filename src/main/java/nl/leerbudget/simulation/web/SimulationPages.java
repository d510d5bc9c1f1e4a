package nl.leerbudget.simulation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.leerbudget.simulation.Scenario;
import nl.leerbudget.simulation.SideBySide;
import nl.leerbudget.simulation.Tables;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analysts' simulator, in Dutch and without JavaScript: a form to pick shipped scenarios or write one, a run in
 * the background with a page that shows how far it is (and reloads itself, unless the analyst said not to), and the
 * result side by side with tables, charts of the same numbers and the CSV files the command line writes. Starting a
 * run is a POST, so the audit trail records it (who, when, the status) as it records every action.
 */
@Controller
class SimulationPages {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm:ss", Locale.of("nl"));

    /** Seconds between reloads of the progress page. */
    static final int REFRESH_SECONDS = 3;

    private final SimulationRuns runs;

    SimulationPages(SimulationRuns runs) {
        this.runs = runs;
    }

    /** A kept run in the list on the form page. */
    record Recent(String id, String startedAt, String scenarios, long seed, String people, int years, String state) {}

    /** A shipped scenario to pick. */
    record Shipped(String id, String name, String description) {}

    @GetMapping("/simulaties")
    String form(@RequestParam(name = "bewerk", required = false) @Nullable String edit, Model model) {
        RunForm form = RunForm.empty();
        if (edit != null && RunForm.shipped().contains(edit)) {
            form = RunForm.editing(edit);
        }
        return form(form, Map.of(), model);
    }

    @PostMapping("/simulaties")
    String start(
            @RequestParam(name = "scenario", required = false) @Nullable List<String> scenarios,
            @RequestParam(name = "eigen", required = false) @Nullable String own,
            @RequestParam(name = "jaren", required = false) @Nullable String years,
            @RequestParam(name = "personen", required = false) @Nullable String people,
            @RequestParam(name = "startgetal", required = false) @Nullable String seed,
            @RequestParam(name = "vernieuwen", required = false) @Nullable String refresh,
            Model model,
            HttpServletResponse response) {
        RunForm form = new RunForm(
                scenarios == null ? List.of() : scenarios,
                own == null ? "" : own,
                years == null ? "" : years,
                people == null ? "" : people,
                seed == null ? "" : seed,
                "ja".equals(refresh));
        switch (form.read()) {
            case RunForm.Read.Invalid invalid -> {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return form(form, invalid.problems(), model);
            }
            case RunForm.Read.Valid valid -> {
                switch (runs.start(valid.request())) {
                    case SimulationRuns.Start.Started started -> {
                        return "redirect:/simulaties/" + started.run().id();
                    }
                    case SimulationRuns.Start.Busy busy -> {
                        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                        return form(
                                form,
                                Map.of(
                                        "scenario",
                                        List.of("Er wachten al " + SimulationRuns.QUEUED + " berekeningen op hun beurt."
                                                + " Probeer het over een minuut opnieuw.")),
                                model);
                    }
                }
            }
        }
    }

    private String form(RunForm form, Map<String, List<String>> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute(
                "allProblems", problems.values().stream().flatMap(List::stream).toList());
        model.addAttribute(
                "shipped",
                RunForm.shipped().stream()
                        .map(Scenario::builtIn)
                        .map(s -> new Shipped(s.id(), s.name(), s.description()))
                        .toList());
        model.addAttribute("peopleChoices", RunForm.PEOPLE);
        model.addAttribute("maximumScenarios", RunForm.MAXIMUM_SCENARIOS);
        model.addAttribute(
                "recent", runs.recent().stream().map(SimulationPages::recent).toList());
        model.addAttribute("text", TEXT);
        return "simulaties";
    }

    @GetMapping("/simulaties/{runId}")
    String run(
            @PathVariable String runId,
            @RequestParam(name = "vernieuwen", required = false) @Nullable String refresh,
            @RequestParam(name = "jaar", required = false) @Nullable String year,
            @RequestParam(name = "van", required = false) @Nullable String from,
            @RequestParam(name = "naar", required = false) @Nullable String to,
            Model model,
            HttpServletResponse response) {
        Optional<SimulationRun> found = find(runId);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "simulatie-niet-gevonden";
        }
        SimulationRun run = found.get();
        SimulationRun.State state = run.state();
        model.addAttribute("runId", run.id().toString());
        model.addAttribute("state", state);
        model.addAttribute("request", run.request());
        model.addAttribute("startedAt", TIME.format(run.startedAt().atZone(ZONE)));
        model.addAttribute("text", TEXT);
        SideBySide result = state.result();
        if (result == null) {
            boolean refreshing = state.status() != SimulationRun.Status.FAILED
                    && (refresh == null ? run.request().refresh() : refresh.equals("ja"));
            model.addAttribute("refresh", refreshing ? REFRESH_SECONDS : 0);
            return "simulatie-voortgang";
        }
        model.addAttribute("result", ResultView.of(result, whole(year), from, to));
        return "simulatie";
    }

    @GetMapping("/simulaties/{runId}/kosten.csv")
    ResponseEntity<byte[]> costs(@PathVariable String runId) {
        return csv(runId, "kosten", projections -> Tables.costsCsv(projections.projections()));
    }

    @GetMapping("/simulaties/{runId}/bereik.csv")
    ResponseEntity<byte[]> reach(@PathVariable String runId) {
        return csv(runId, "bereik", projections -> Tables.reachCsv(projections.projections()));
    }

    private ResponseEntity<byte[]> csv(String runId, String what, Function<SideBySide, String> table) {
        Optional<SideBySide> result = find(runId).map(r -> r.state().result());
        if (result.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String name = "simulatie-" + runId.substring(0, 8) + "-" + what + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(table.apply(result.get()).getBytes(StandardCharsets.UTF_8));
    }

    private Optional<SimulationRun> find(String runId) {
        try {
            return runs.find(UUID.fromString(runId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static @Nullable Integer whole(@Nullable String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Recent recent(SimulationRun run) {
        RunRequest request = run.request();
        SimulationRun.State state = run.state();
        String status = switch (state.status()) {
            case WAITING -> "wacht op zijn beurt";
            case RUNNING -> "bezig, " + state.percent() + "%";
            case DONE -> "klaar";
            case FAILED -> "mislukt";
        };
        return new Recent(
                run.id().toString(),
                TIME.format(run.startedAt().atZone(ZONE)),
                String.join(
                        ", ", request.scenarios().stream().map(Scenario::name).toList()),
                request.seed(),
                SimulationText.count(request.people()),
                request.years(),
                status);
    }

    /** The number formats, for the templates. */
    static final Words TEXT = new Words();

    static final class Words {
        public String count(long count) {
            return SimulationText.count(count);
        }
    }
}
