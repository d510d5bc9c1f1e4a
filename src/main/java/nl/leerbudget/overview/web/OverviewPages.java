package nl.leerbudget.overview.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.MandateRegistry;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.identity.PersonView;
import nl.leerbudget.identity.Role;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.overview.Overview;
import nl.leerbudget.overview.Overviews;
import nl.leerbudget.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Mijn overzicht", the citizen's start page: all their budgets by source, what expires soon, the schemes they may
 * apply for, their applications and the statement, with the statement as a CSV file. An adviser sees it for the
 * citizen they act for; without a mandate, a notice. Staff have no budgets of their own and go to their own start.
 * Plain links and no scripts, so it works without JavaScript.
 */
@Controller
class OverviewPages {

    private final Overviews overviews;
    private final MandateRegistry mandates;
    private final PersonRegistry people;
    private final Actors actors;
    private final Clock clock;

    OverviewPages(Overviews overviews, MandateRegistry mandates, PersonRegistry people, Actors actors, Clock clock) {
        this.overviews = overviews;
        this.mandates = mandates;
        this.people = people;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/overzicht")
    String overview(@RequestParam(name = "pagina", required = false) @Nullable String page, Model model) {
        Actor actor = actors.current();
        model.addAttribute("text", PageText.INSTANCE);
        model.addAttribute("actingFor", actor.actingFor() != null);
        if (!overviews.hasOverview()) {
            if (!actor.has(Role.ADVISER)) {
                return "redirect:/start";
            }
            model.addAttribute("overview", null);
            model.addAttribute("name", null);
            return "overzicht";
        }
        Overview overview = overviews.overview(page(page), Overviews.STATEMENT_PAGE_SIZE);
        model.addAttribute("overview", overview);
        model.addAttribute(
                "name",
                people.find(overview.person()).map(PersonView::displayName).orElse(null));
        model.addAttribute("statement", overview.statement());
        model.addAttribute(
                "previousPage",
                overview.statement().page() > 1 ? overview.statement().page() - 1 : null);
        model.addAttribute(
                "nextPage",
                overview.statement().page() < overview.statement().pages()
                        ? overview.statement().page() + 1
                        : null);
        // Only a citizen sees whom they mandated; an adviser acting for them does not.
        model.addAttribute(
                "mandates", actor.has(Role.CITIZEN) && actor.actingFor() == null ? mandates.mine() : List.of());
        return "overzicht";
    }

    /** The whole statement (the newest lines, at most {@link Overviews#STATEMENT_FILE_LINES}) as a CSV file. */
    @GetMapping("/overzicht/afschrift.csv")
    ResponseEntity<byte[]> statementFile() {
        if (!overviews.hasOverview()) {
            String target = actors.current().has(Role.ADVISER) ? "/overzicht" : "/start";
            return ResponseEntity.status(HttpStatus.FOUND)
                    .location(ServletUriComponentsBuilder.fromCurrentContextPath()
                            .path(target)
                            .build()
                            .toUri())
                    .build();
        }
        Page<Overview.Line> statement = overviews.statement(1, Overviews.STATEMENT_FILE_LINES);
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

    /** The statement's page from the address; anything but a plain positive number is the first page. */
    private static int page(@Nullable String text) {
        if (text == null || !text.strip().matches("[1-9][0-9]{0,5}")) {
            return 1;
        }
        return Integer.parseInt(text.strip());
    }
}
