package nl.leerbudget.overview.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.overview.Overview;
import nl.leerbudget.overview.Source;
import nl.leerbudget.platform.web.Paging;
import nl.leerbudget.schemes.ApplicationStatus;
import org.jspecify.annotations.Nullable;

/**
 * The overview as JSON, section by section as on the page. Amounts are decimal strings in hundredths of their unit
 * ({@code "1234.50"}), reasons in Dutch with their rule ids.
 */
record OverviewJson(
        UUID personId,
        LocalDate date,
        List<Compartment> expiringSoon,
        List<Group> budgets,
        List<Window> schemeWindows,
        List<Application> applications,
        List<BookingJson> bookings,
        List<CoFinancingResource.RequestJson> cofinancingRequests,
        Paging.Body<Line> statement) {

    record Compartment(
            UUID compartmentId,
            String label,
            Source source,
            String sourceName,
            Unit unit,
            String available,
            String held,
            String spent,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validUntil,
            boolean expired) {}

    record Group(Source source, String sourceName, List<Compartment> compartments) {}

    record Reason(String ruleId, String explanation) {}

    record Window(
            UUID windowId,
            String name,
            String schemeName,
            String status,
            Instant opensAt,
            Instant closesAt,
            LocalDate judgedOn,
            boolean mayQualify,
            List<Reason> reasons) {}

    record Application(
            UUID applicationId,
            UUID windowId,
            String receiptNumber,
            String windowName,
            String offeringName,
            ApplicationStatus status,
            String statusName,
            @Nullable String amount,
            Instant receivedAt,
            @Nullable LocalDate lapsesOn) {}

    record Line(
            UUID transferId,
            Instant bookedAt,
            LocalDate date,
            UUID compartmentId,
            String compartmentLabel,
            Source source,
            TransferCode code,
            String description,
            String amount,
            Unit unit) {}

    static OverviewJson of(Overview overview) {
        return new OverviewJson(
                overview.person().value(),
                overview.today(),
                overview.expiringSoon().stream().map(OverviewJson::compartment).toList(),
                overview.budgets().stream()
                        .map(g -> new Group(
                                g.source(),
                                g.source().dutch(),
                                g.compartments().stream()
                                        .map(OverviewJson::compartment)
                                        .toList()))
                        .toList(),
                overview.windows().stream().map(OverviewJson::window).toList(),
                overview.applications().stream().map(OverviewJson::application).toList(),
                overview.bookings().stream().map(BookingJson::of).toList(),
                overview.cofinancing().stream()
                        .map(CoFinancingResource.RequestJson::of)
                        .toList(),
                Paging.body(overview.statement(), OverviewJson::line));
    }

    static Line line(Overview.Line line) {
        return new Line(
                line.transfer().value(),
                line.bookedAt(),
                line.date(),
                line.compartment().value(),
                line.compartmentLabel(),
                line.source(),
                line.code(),
                line.description(),
                decimal(line.amount()),
                line.unit());
    }

    private static Compartment compartment(Overview.Compartment c) {
        return new Compartment(
                c.id().value(),
                c.label(),
                c.source(),
                c.source().dutch(),
                c.unit(),
                decimal(c.available()),
                decimal(c.held()),
                decimal(c.spent()),
                c.validFrom(),
                c.validUntil(),
                c.expired());
    }

    private static Window window(Overview.Opening w) {
        return new Window(
                w.windowId(),
                w.name(),
                w.schemeName(),
                w.open() ? "OPEN" : "PLANNED",
                w.opensAt(),
                w.closesAt(),
                w.judgedOn(),
                w.mayQualify(),
                w.reasons().stream()
                        .map(r -> new Reason(r.ruleId(), r.explanation()))
                        .toList());
    }

    private static Application application(Overview.Application a) {
        return new Application(
                a.id(),
                a.windowId(),
                a.receiptNumber(),
                a.windowName(),
                a.offeringName(),
                a.status(),
                a.status().dutch(),
                a.amount() == null ? null : a.amount().toDecimalString(),
                a.receivedAt(),
                a.lapsesOn());
    }

    /** Hundredths of a unit as a decimal string with two decimals, as money is written on the wire. */
    private static String decimal(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2).toPlainString();
    }
}
