package nl.leerbudget.rights.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.rights.Assessment;
import nl.leerbudget.rights.EducationPeriod;
import nl.leerbudget.rights.LearningRight;
import nl.leerbudget.rights.PersonalRight;
import nl.leerbudget.rights.Rights;
import nl.leerbudget.rights.TraceLine;
import org.jspecify.annotations.Nullable;

/** The API's shapes of a learning right and an education history. Amounts are decimal strings in euros. */
final class RightJson {

    private RightJson() {}

    record Right(
            UUID personId,
            Policy policy,
            int historyVersion,
            boolean entitled,
            @Nullable String amount,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validUntil,
            @Nullable Conditions conditions,
            @Nullable String reason,
            String credited,
            String available,
            @Nullable UUID compartmentId,
            List<Line> explanation,
            List<Adjustment> adjustments) {}

    record Policy(String id, int version, String description) {}

    record Conditions(boolean recognisedOnly, String priceBasis) {}

    record Line(
            String rule, int depth, String text, @Nullable String source) {}

    record Adjustment(
            int historyVersion,
            String previous,
            String recomputed,
            String moved,
            String notReclaimed,
            List<String> explanation) {}

    record Period(
            String track, LocalDate start, LocalDate end, boolean publiclyFunded, boolean diploma, String compact) {}

    record History(UUID personId, int version, LocalDate birthDate, String source, List<Period> periods) {}

    static Right of(PersonalRight personal, Rights rights) {
        var policy = rights.policy();
        List<Line> explanation = personal.assessment().trace().lines().stream()
                .map(RightJson::line)
                .toList();
        List<Adjustment> adjustments = personal.adjustments().stream()
                .map(a -> new Adjustment(
                        a.historyVersion(),
                        a.previous().toDecimalString(),
                        a.recomputed().toDecimalString(),
                        a.moved().toDecimalString(),
                        a.notReclaimed().toDecimalString(),
                        a.explanation().lines().toList()))
                .toList();
        Policy p = new Policy(policy.id(), policy.version(), policy.description());
        return switch (personal.assessment()) {
            case Assessment.Entitled entitled -> {
                LearningRight right = entitled.right();
                yield new Right(
                        personal.person().value(),
                        p,
                        personal.historyVersion(),
                        true,
                        right.amount().toDecimalString(),
                        right.validFrom(),
                        right.validUntil(),
                        new Conditions(
                                right.conditions().recognisedOnly(),
                                right.conditions().priceBasis().name()),
                        null,
                        personal.credited().toDecimalString(),
                        personal.available().toDecimalString(),
                        personal.compartment(),
                        explanation,
                        adjustments);
            }
            case Assessment.NotEntitled refused ->
                new Right(
                        personal.person().value(),
                        p,
                        personal.historyVersion(),
                        false,
                        null,
                        null,
                        null,
                        null,
                        refused.reason(),
                        personal.credited().toDecimalString(),
                        personal.available().toDecimalString(),
                        personal.compartment(),
                        explanation,
                        adjustments);
        };
    }

    static History of(Rights.StoredHistoryView stored) {
        return new History(
                stored.history().person().value(),
                stored.history().version(),
                stored.birthDate(),
                stored.source().name(),
                stored.history().periods().stream().map(RightJson::period).toList());
    }

    private static Period period(EducationPeriod period) {
        return new Period(
                period.track().code(),
                period.start(),
                period.end(),
                period.publiclyFunded(),
                period.diploma(),
                period.toCompact());
    }

    private static Line line(TraceLine line) {
        return new Line(line.rule(), line.depth(), line.text(), line.source());
    }
}
