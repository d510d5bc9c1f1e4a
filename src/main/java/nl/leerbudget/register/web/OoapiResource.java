package nl.leerbudget.register.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.FieldViolation;
import nl.leerbudget.register.ooapi.OoapiCatalogue;
import nl.leerbudget.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * The register as an Open Education API v5 endpoint, for everyone: the courses providers imported once a reviewer
 * admitted them, their offerings, and the organizations of admitted providers. Paths, parameters, the paging
 * envelope and the objects follow the OOAPI specification, not the /api/v1 conventions. Of the query parameters,
 * {@code pageSize}, {@code pageNumber}, {@code since} and {@code until} are supported; others are ignored.
 */
@RestController
class OoapiResource {

    /** The page sizes the specification allows. */
    static final Set<Integer> PAGE_SIZES = Set.of(10, 20, 50, 100, 250);

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final OoapiCatalogue catalogue;
    private final Clock clock;

    OoapiResource(OoapiCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The paging envelope of the specification ({@code Pagination} with {@code items}). */
    record Envelope(
            int pageSize,
            int pageNumber,
            boolean hasPreviousPage,
            boolean hasNextPage,
            int totalPages,
            List<ObjectNode> items) {
        static Envelope of(Page<ObjectNode> page) {
            int pages = Math.toIntExact(page.pages());
            return new Envelope(
                    page.pageSize(), page.page(), page.page() > 1, page.page() < pages, pages, page.items());
        }
    }

    /** Courses, ordered by name. */
    @GetMapping("/ooapi/v5/courses")
    Envelope courses(
            @RequestParam(required = false) @Nullable String pageSize,
            @RequestParam(required = false) @Nullable String pageNumber) {
        Paging paging = paging(pageSize, pageNumber, new ArrayList<>());
        return Envelope.of(catalogue.courses(paging.number(), paging.size()));
    }

    @GetMapping("/ooapi/v5/courses/{courseId}")
    ObjectNode course(@PathVariable String courseId) {
        return catalogue
                .course(id("courseId", courseId))
                .orElseThrow(() -> ApiProblem.notFound("No course with id " + courseId));
    }

    /** A course's offerings, chronologically; by default only those that start today or later. */
    @GetMapping("/ooapi/v5/courses/{courseId}/offerings")
    Envelope courseOfferings(
            @PathVariable String courseId,
            @RequestParam(required = false) @Nullable String pageSize,
            @RequestParam(required = false) @Nullable String pageNumber,
            @RequestParam(required = false) @Nullable String since,
            @RequestParam(required = false) @Nullable String until) {
        UUID course = id("courseId", courseId);
        List<FieldViolation> violations = new ArrayList<>();
        Window window = window(since, until, violations);
        Paging paging = paging(pageSize, pageNumber, violations);
        return Envelope.of(catalogue
                .offeringsOf(course, window.since(), window.until(), paging.number(), paging.size())
                .orElseThrow(() -> ApiProblem.notFound("No course with id " + courseId)));
    }

    /**
     * All offerings of admitted programs and courses, chronologically; by default only those that start today or
     * later. Not a path of the OOAPI specification (which lists offerings per program or course); the same
     * parameters and envelope as {@code /courses/{courseId}/offerings}.
     */
    @GetMapping("/ooapi/v5/offerings")
    Envelope offerings(
            @RequestParam(required = false) @Nullable String pageSize,
            @RequestParam(required = false) @Nullable String pageNumber,
            @RequestParam(required = false) @Nullable String since,
            @RequestParam(required = false) @Nullable String until) {
        List<FieldViolation> violations = new ArrayList<>();
        Window window = window(since, until, violations);
        Paging paging = paging(pageSize, pageNumber, violations);
        return Envelope.of(catalogue.offerings(window.since(), window.until(), paging.number(), paging.size()));
    }

    @GetMapping("/ooapi/v5/offerings/{offeringId}")
    ObjectNode offering(@PathVariable String offeringId) {
        return catalogue
                .offering(id("offeringId", offeringId))
                .orElseThrow(() -> ApiProblem.notFound("No offering with id " + offeringId));
    }

    @GetMapping("/ooapi/v5/organizations/{organizationId}")
    ObjectNode organization(@PathVariable String organizationId) {
        return catalogue
                .organization(id("organizationId", organizationId))
                .orElseThrow(() -> ApiProblem.notFound("No organization with id " + organizationId));
    }

    record Paging(int size, int number) {}

    record Window(LocalDate since, @Nullable LocalDate until) {}

    /** Reads the paging parameters; throws with these and all earlier violations if any is wrong. */
    private static Paging paging(
            @Nullable String pageSize, @Nullable String pageNumber, List<FieldViolation> violations) {
        Integer size = whole(pageSize, 10);
        Integer number = whole(pageNumber, 1);
        if (size == null || !PAGE_SIZES.contains(size)) {
            violations.add(new FieldViolation("pageSize", "enum", "must be one of 10, 20, 50, 100 or 250"));
        }
        if (number == null || number < 1 || number > 1_000_000) {
            violations.add(new FieldViolation("pageNumber", "range", "must be a whole number from 1 to 1000000"));
        }
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }
        return new Paging(java.util.Objects.requireNonNull(size), java.util.Objects.requireNonNull(number));
    }

    private Window window(@Nullable String since, @Nullable String until, List<FieldViolation> violations) {
        LocalDate from = date("since", since, violations);
        LocalDate to = date("until", until, violations);
        return new Window(from != null ? from : LocalDate.now(clock.withZone(AMSTERDAM)), to);
    }

    private static @Nullable LocalDate date(String name, @Nullable String text, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(name, "format", "must be a date as yyyy-mm-dd (RFC 3339 full-date)"));
            return null;
        }
    }

    private static @Nullable Integer whole(@Nullable String text, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static UUID id(String name, String text) {
        if (!UUID_TEXT.matcher(text).matches()) {
            throw ApiProblem.invalid(List.of(new FieldViolation(name, "format", "must be a UUID")));
        }
        return UUID.fromString(text);
    }
}
