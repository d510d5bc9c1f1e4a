package nl.leerbudget.overview.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.overview.Overviews;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.Paging;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The overview under {@code /api/v1}, for the citizen or an adviser acting for one: the whole overview with the first
 * page of the statement, and the statement by itself, paged as JSON or whole as CSV. Read-only.
 */
@RestController
class OverviewResource {

    private final Overviews overviews;
    private final Actors actors;
    private final Clock clock;

    OverviewResource(Overviews overviews, Actors actors, Clock clock) {
        this.overviews = overviews;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/api/v1/overview")
    OverviewJson overview() {
        requireCitizen();
        return OverviewJson.of(overviews.overview(1, Overviews.STATEMENT_PAGE_SIZE));
    }

    @GetMapping(path = "/api/v1/overview/statement", produces = MediaType.APPLICATION_JSON_VALUE)
    Paging.Body<OverviewJson.Line> statement(
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + Overviews.STATEMENT_PAGE_SIZE) int pageSize) {
        Paging.check(page, pageSize);
        requireCitizen();
        return Paging.body(overviews.statement(page, pageSize), OverviewJson::line);
    }

    /** The same statement as a file: the newest lines, at most {@link Overviews#STATEMENT_FILE_LINES}. */
    @GetMapping(path = "/api/v1/overview/statement", produces = StatementCsv.MEDIA_TYPE)
    ResponseEntity<byte[]> statementFile() {
        requireCitizen();
        var statement = overviews.statement(1, Overviews.STATEMENT_FILE_LINES);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(StatementCsv.fileName(LocalDate.ofInstant(clock.instant(), Ledger.ZONE)))
                                .build()
                                .toString())
                .body(StatementCsv.write(statement.items()));
    }

    /**
     * An adviser who acts for no one may call these routes but has no overview: as for any record a caller may not
     * see, the answer is 404 (staff are refused at the route, 403).
     */
    private void requireCitizen() {
        if (!overviews.hasOverview()) {
            actors.refuse("overview", "no citizen");
            throw ApiProblem.notFound("No overview: act for a citizen who gave you a mandate (X-Acting-For)");
        }
    }
}
