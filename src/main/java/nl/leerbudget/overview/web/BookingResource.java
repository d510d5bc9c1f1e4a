package nl.leerbudget.overview.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.Role;
import nl.leerbudget.overview.Bookings;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.FieldViolation;
import nl.leerbudget.platform.web.RequestFields;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Bookings under {@code /api/v1}: the person books, confirms a prepared booking and cancels; the provider accepts or
 * declines, reports the start, an early stop or a no-show, and the completion. Every step carries the client's
 * {@code requestId}; the same id again is answered 200 with the booking as it is.
 */
@RestController
class BookingResource {

    private static final int MAX_REASON = 500;

    private final Bookings bookings;
    private final Actors actors;

    BookingResource(Bookings bookings, Actors actors) {
        this.bookings = bookings;
        this.actors = actors;
    }

    @PostMapping("/api/v1/bookings")
    ResponseEntity<BookingJson> book(@RequestBody(required = false) @Nullable JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        UUID requestId = fields.uuid("requestId");
        UUID offeringId = fields.uuid("offeringId");
        LocalDate startDate = fields.optionalDate("startDate");
        if (startDate == null && !fields.has("startDate")) {
            fields.violate("startDate", "required", "is required");
        }
        String fingerprint = fields.text("fingerprint", 64);
        fields.close();
        fields.validate();
        return respond(bookings.book(
                requestId, new OfferingId(offeringId), java.util.Objects.requireNonNull(startDate), fingerprint));
    }

    /** The person's bookings (a citizen's, or those of the citizen an adviser acts for), or a provider's. */
    @GetMapping("/api/v1/bookings")
    List<BookingJson> list() {
        var list = actors.current().has(Role.PROVIDER) ? bookings.incoming() : bookings.mine();
        return list.stream().map(BookingJson::of).toList();
    }

    @GetMapping("/api/v1/bookings/{bookingId}")
    BookingJson booking(@PathVariable UUID bookingId) {
        return bookings.booking(bookingId)
                .map(BookingJson::of)
                .orElseThrow(() -> ApiProblem.notFound("No booking " + bookingId));
    }

    @PostMapping("/api/v1/bookings/{bookingId}/confirmations")
    ResponseEntity<BookingJson> confirm(
            @PathVariable UUID bookingId, @RequestBody(required = false) @Nullable JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        UUID requestId = fields.uuid("requestId");
        String fingerprint = fields.text("fingerprint", 64);
        fields.close();
        fields.validate();
        return respond(bookings.confirm(bookingId, requestId, fingerprint));
    }

    @PostMapping("/api/v1/bookings/{bookingId}/cancellations")
    ResponseEntity<BookingJson> cancel(
            @PathVariable UUID bookingId, @RequestBody(required = false) @Nullable JsonNode body) {
        return respond(bookings.cancel(bookingId, requestId(body)));
    }

    @PostMapping("/api/v1/bookings/{bookingId}/acceptances")
    ResponseEntity<BookingJson> accept(
            @PathVariable UUID bookingId, @RequestBody(required = false) @Nullable JsonNode body) {
        return respond(bookings.accept(bookingId, requestId(body)));
    }

    @PostMapping("/api/v1/bookings/{bookingId}/declines")
    ResponseEntity<BookingJson> decline(
            @PathVariable UUID bookingId, @RequestBody(required = false) @Nullable JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        UUID requestId = fields.uuid("requestId");
        String reason = fields.text("reason", MAX_REASON);
        fields.close();
        fields.validate();
        return respond(bookings.decline(bookingId, requestId, reason));
    }

    @PostMapping("/api/v1/bookings/{bookingId}/starts")
    ResponseEntity<BookingJson> start(
            @PathVariable UUID bookingId, @RequestBody(required = false) @Nullable JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        UUID requestId = fields.uuid("requestId");
        LocalDate startedOn = requiredDate(fields, "startedOn");
        Money finalPrice = fields.optionalAmount("finalPrice");
        fields.close();
        fields.validate();
        return respond(
                bookings.reportStart(bookingId, requestId, java.util.Objects.requireNonNull(startedOn), finalPrice));
    }

    @PostMapping("/api/v1/bookings/{bookingId}/early-stops")
    ResponseEntity<BookingJson> stop(
            @PathVariable UUID bookingId, @RequestBody(required = false) @Nullable JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        UUID requestId = fields.uuid("requestId");
        LocalDate startedOn = requiredDate(fields, "startedOn");
        Money delivered = fields.amount("delivered");
        fields.close();
        fields.validate();
        return respond(
                bookings.reportEarlyStop(bookingId, requestId, java.util.Objects.requireNonNull(startedOn), delivered));
    }

    @PostMapping("/api/v1/bookings/{bookingId}/no-shows")
    ResponseEntity<BookingJson> noShow(
            @PathVariable UUID bookingId, @RequestBody(required = false) @Nullable JsonNode body) {
        return respond(bookings.reportNoShow(bookingId, requestId(body)));
    }

    @PostMapping("/api/v1/bookings/{bookingId}/completions")
    ResponseEntity<BookingJson> complete(
            @PathVariable UUID bookingId, @RequestBody(required = false) @Nullable JsonNode body) {
        return respond(bookings.complete(bookingId, requestId(body)));
    }

    private static @Nullable LocalDate requiredDate(RequestFields fields, String name) {
        LocalDate date = fields.optionalDate(name);
        if (date == null && !fields.has(name)) {
            fields.violate(name, "required", "is required");
        }
        return date;
    }

    private static UUID requestId(@Nullable JsonNode body) {
        RequestFields fields = RequestFields.of(body);
        UUID requestId = fields.uuid("requestId");
        fields.close();
        fields.validate();
        return requestId;
    }

    static ResponseEntity<BookingJson> respond(Bookings.Outcome outcome) {
        return switch (outcome) {
            case Bookings.Outcome.Done done ->
                ResponseEntity.status(done.booking().replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                        .body(BookingJson.of(done.booking()));
            case Bookings.Outcome.PlanChanged changed ->
                throw new ApiProblem(
                        HttpStatus.CONFLICT,
                        "plan-changed",
                        "The financing plan changed",
                        "The plan is no longer the one with this fingerprint: balances or the offering changed."
                                + " Nothing was booked. Show the plan in 'plan' and book on its fingerprint.",
                        List.of(),
                        Map.of("plan", FinancingPlanJson.of(changed.plan())));
            case Bookings.Outcome.Refused refused ->
                throw ApiProblem.rejected(
                        refused.rule().id(),
                        refused.rule().name(),
                        "The booking step is refused: " + refused.rule().name(),
                        Map.of("reason", refused.rule().reason()));
            case Bookings.Outcome.UnknownOffering unknown ->
                throw ApiProblem.invalid(
                        List.of(new FieldViolation("offeringId", "unknown", "is not a public offering")));
            case Bookings.Outcome.NotAStartDate notStart ->
                throw ApiProblem.invalid(List.of(new FieldViolation(
                        "startDate", "enum", "must be one of the offering's start dates " + notStart.startDates())));
            case Bookings.Outcome.NotFound notFound -> throw ApiProblem.notFound("No such booking");
            case Bookings.Outcome.RequestIdReused reused ->
                throw ApiProblem.conflict(
                        "idempotency-conflict",
                        "Id already used",
                        "The requestId was used before for another step or booking. Nothing was changed;"
                                + " use a new id for a new request.");
        };
    }
}
