package nl.leerbudget.schemes.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.schemes.Assessment;
import nl.leerbudget.schemes.PayoutRun;
import nl.leerbudget.schemes.Reason;
import nl.leerbudget.schemes.Scheme;
import nl.leerbudget.schemes.SchemeApplication;
import nl.leerbudget.schemes.SchemeWindow;
import nl.leerbudget.schemes.Schemes;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the scheme API. Amounts are decimal strings in euros ("1000.00"). */
final class SchemeJson {

    private SchemeJson() {}

    record SchemeSummary(
            String id,
            int version,
            String name,
            String legalBasis,
            String benefitPercentage,
            String benefitMaximum,
            int minimumAge,
            boolean labourMarketTieRequired,
            @Nullable String maximumEducationLevel,
            List<String> sectors,
            boolean oncePerCalendarYear,
            List<String> offeringTypes,
            boolean recognisedOnly,
            boolean admittedOnly,
            String providerPayment,
            int lapseDays,
            String lapseFrom,
            String openTo,
            List<TargetGroupJson> targetGroups,
            List<TypeBenefit> benefitsByType,
            @Nullable CoFinancingJson coFinancing,
            int programmeYears) {}

    /** A target group the scheme defines, in its written form and in Dutch. */
    record TargetGroupJson(String code, String expression, String description) {}

    record TypeBenefit(String offeringType, String percentage, String maximum) {}

    record CoFinancingJson(String percentage, String by) {}

    record SchemeVersion(SchemeSummary scheme, String definition) {}

    record Pot(
            String name,
            @Nullable String upToLevel,
            @Nullable String targetGroup,
            String reserved,
            String remaining,
            boolean closed) {}

    record Window(
            UUID id,
            String code,
            String schemeId,
            int schemeVersion,
            String name,
            Instant opensAt,
            Instant closesAt,
            String status,
            String budget,
            String left,
            String allocation,
            @Nullable Long seed,
            UUID funderAccountId,
            UUID budgetAccountId,
            List<Pot> pots,
            long received,
            long granted,
            String grantedTotal,
            int waiting,
            long rejected,
            @Nullable Instant closedAt,
            @Nullable Instant settledAt) {}

    record ReasonJson(String ruleId, String explanation) {}

    record Check(
            boolean eligible,
            @Nullable String grantAmount,
            @Nullable String ownContribution,
            @Nullable String coFinancing,
            @Nullable String explanation,
            List<ReasonJson> reasons) {}

    record ApplicationJson(
            UUID id,
            UUID windowId,
            String receiptNumber,
            long receipt,
            UUID requestId,
            UUID personId,
            UUID offeringId,
            LocalDate plannedStart,
            Instant receivedAt,
            String status,
            @Nullable String amount,
            @Nullable String ownContribution,
            @Nullable String explanation,
            List<ReasonJson> reasons,
            @Nullable Integer waitlistPosition,
            Map<String, String> drawnFrom,
            @Nullable UUID compartmentId,
            @Nullable LocalDate lapsesOn,
            @Nullable Instant decidedAt,
            @Nullable UUID providerId,
            @Nullable LocalDate startedOn,
            @Nullable UUID payoutRunId,
            @Nullable Instant endedAt) {}

    record LapseRun(LocalDate day, long lapsed, long deferred, long promoted) {}

    record PayoutLine(
            UUID providerId, String providerName, String iban, String endToEndId, int grants, String amount) {}

    record PayoutRunJson(
            UUID id,
            UUID requestId,
            String messageId,
            LocalDate executionDate,
            int grants,
            String total,
            List<PayoutLine> lines,
            UUID ledgerCommandId,
            String createdBy,
            Instant createdAt) {}

    static SchemeSummary of(Scheme scheme) {
        Scheme.Conditions conditions = scheme.conditions();
        return new SchemeSummary(
                scheme.id(),
                scheme.version(),
                scheme.name(),
                scheme.legalBasis(),
                scheme.benefit().percentage().stripTrailingZeros().toPlainString(),
                scheme.benefit().maximum().toDecimalString(),
                conditions.minimumAge(),
                conditions.labourMarketTieRequired(),
                conditions.maximumEducationLevel() == null
                        ? null
                        : conditions.maximumEducationLevel().name(),
                conditions.sectors().stream().sorted().toList(),
                conditions.oncePerCalendarYear(),
                scheme.offerings().types().stream().map(Enum::name).sorted().toList(),
                scheme.offerings().recognisedOnly(),
                scheme.offerings().admittedOnly(),
                scheme.providerPayment().name(),
                scheme.lapse().days(),
                scheme.lapse().from().name(),
                scheme.openTo().text(),
                scheme.groups().entrySet().stream()
                        .map(g -> new TargetGroupJson(
                                g.getKey(), g.getValue().text(), g.getValue().dutch()))
                        .toList(),
                scheme.benefitsByType().entrySet().stream()
                        .sorted(java.util.Map.Entry.comparingByKey())
                        .map(b -> new TypeBenefit(
                                b.getKey().name(),
                                b.getValue().percentage().stripTrailingZeros().toPlainString(),
                                b.getValue().maximum().toDecimalString()))
                        .toList(),
                scheme.coFinancing() == null
                        ? null
                        : new CoFinancingJson(
                                scheme.coFinancing()
                                        .percentage()
                                        .stripTrailingZeros()
                                        .toPlainString(),
                                scheme.coFinancing().by().code()),
                scheme.programmeYears());
    }

    static Window of(SchemeWindow w) {
        return new Window(
                w.id(),
                w.code(),
                w.schemeId(),
                w.schemeVersion(),
                w.name(),
                w.opensAt(),
                w.closesAt(),
                w.status().name(),
                w.budget().toDecimalString(),
                w.left().toDecimalString(),
                w.allocation().name(),
                w.seed(),
                w.fundedBy(),
                w.budgetAccount(),
                w.pots().stream()
                        .map(p -> new Pot(
                                p.name(),
                                p.upToLevel() == null ? null : p.upToLevel().name(),
                                p.target() == null ? null : p.target().text(),
                                p.reserved().toDecimalString(),
                                p.remaining().toDecimalString(),
                                p.closed()))
                        .toList(),
                w.received(),
                w.granted(),
                w.grantedTotal().toDecimalString(),
                w.waiting(),
                w.rejected(),
                w.closedAt(),
                w.settledAt());
    }

    static Check of(Assessment assessment) {
        return switch (assessment) {
            case Assessment.Eligible e ->
                new Check(
                        true,
                        e.grantAmount().toDecimalString(),
                        e.ownContribution().toDecimalString(),
                        e.coFinancing().toDecimalString(),
                        e.explanation(),
                        List.of());
            case Assessment.Ineligible i -> new Check(false, null, null, null, null, reasons(i.reasons()));
        };
    }

    static ApplicationJson of(SchemeApplication a) {
        Map<String, String> drawn = new LinkedHashMap<>();
        a.drawnFrom().forEach((pot, money) -> drawn.put(pot, money.toDecimalString()));
        return new ApplicationJson(
                a.id(),
                a.windowId(),
                a.receiptNumber(),
                a.receipt(),
                a.requestId(),
                a.person().value(),
                a.offeringId(),
                a.plannedStart(),
                a.receivedAt(),
                a.status().name(),
                decimal(a.amount()),
                decimal(a.ownContribution()),
                a.explanation(),
                reasons(a.reasons()),
                a.waitlistPosition(),
                drawn,
                a.compartment(),
                a.lapsesOn(),
                a.decidedAt(),
                a.start() == null ? null : a.start().providerId(),
                a.start() == null ? null : a.start().startedOn(),
                a.start() == null ? null : a.start().payoutRun(),
                a.endedAt());
    }

    static LapseRun of(Schemes.Lapses lapses) {
        return new LapseRun(lapses.day(), lapses.lapsed(), lapses.deferred(), lapses.promoted());
    }

    static PayoutRunJson of(PayoutRun run) {
        return new PayoutRunJson(
                run.id(),
                run.requestId(),
                run.messageId(),
                run.executionDate(),
                run.grants(),
                run.total().toDecimalString(),
                run.lines().stream()
                        .map(l -> new PayoutLine(
                                l.providerId(),
                                l.providerName(),
                                l.iban(),
                                l.endToEndId(),
                                l.grants(),
                                l.amount().toDecimalString()))
                        .toList(),
                run.ledgerCommand(),
                run.createdBy(),
                run.createdAt());
    }

    private static List<ReasonJson> reasons(List<Reason> reasons) {
        return reasons.stream()
                .map(r -> new ReasonJson(r.ruleId(), r.explanation()))
                .toList();
    }

    private static @Nullable String decimal(@Nullable Money money) {
        return money == null ? null : money.toDecimalString();
    }
}
