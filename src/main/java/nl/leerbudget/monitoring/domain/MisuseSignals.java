package nl.leerbudget.monitoring.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import nl.leerbudget.monitoring.MisuseRule;
import nl.leerbudget.monitoring.Signal;
import nl.leerbudget.monitoring.SignalPolicy;

/**
 * The misuse signals as pure functions over facts the other modules can give: each returns its signals with the
 * evidence, in a stable order. Nothing here decides; a reviewer does.
 */
public final class MisuseSignals {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private MisuseSignals() {}

    /** How many people an offering has (booked, granted or started), for M1. */
    public record OfferingParticipants(String offering, String provider, long participants) {
        public OfferingParticipants {
            Objects.requireNonNull(offering, "offering");
            Objects.requireNonNull(provider, "provider");
        }
    }

    /** A provider's bookings or grants in one month, for M2. */
    public record ProviderMonth(String provider, YearMonth month, long count) {
        public ProviderMonth {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(month, "month");
        }
    }

    /** An offering's price and type, for M3; comparable offerings share the type. */
    public record OfferingPrice(String offering, String provider, String type, long cents) {
        public OfferingPrice {
            Objects.requireNonNull(offering, "offering");
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(type, "type");
        }
    }

    /** What kind of thing several holders may share, for M4. */
    public enum SharedKind {
        BANK_ACCOUNT("rekeningnummer"),
        ADDRESS("adres"),
        DEVICE("apparaat");

        private final String dutch;

        SharedKind(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }
    }

    /** One holder (a person or a provider) of a bank account, an address or a device, for M4. */
    public record Holding(SharedKind kind, String value, String holder) {
        public Holding {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(holder, "holder");
        }
    }

    /** A booking that was started (requested) and later cancelled, for M5. */
    public record Cancellation(String booking, String person, String provider, Instant cancelledAt) {
        public Cancellation {
            Objects.requireNonNull(booking, "booking");
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(cancelledAt, "cancelledAt");
        }
    }

    /** A change of an account's login (password, authentication means, e-mail address), for M6. */
    public record LoginChange(String account, Instant at) {
        public LoginChange {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Money that left an account's compartments (a booking, a hold, a payment), for M6. */
    public record MoneyMoved(String account, Instant at, long cents) {
        public MoneyMoved {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(at, "at");
        }
    }

    /** M1: offerings with more participants than the cap. */
    public static List<Signal> overCap(List<OfferingParticipants> offerings, SignalPolicy policy) {
        return offerings.stream()
                .filter(o -> o.participants() > policy.participantCap())
                .sorted(Comparator.comparingLong(OfferingParticipants::participants)
                        .reversed()
                        .thenComparing(OfferingParticipants::offering))
                .map(o -> new Signal(
                        MisuseRule.OVER_CAP,
                        o.offering(),
                        o.participants() + " deelnemers bij aanbieder " + o.provider() + "; het maximum is "
                                + policy.participantCap() + "."))
                .toList();
    }

    /**
     * M2: a provider's month with at least {@code jumpMinimum} and at least {@code jumpFactor} times its usual count,
     * the median of the {@code historyMonths} months before (a month without any counts as 0; a provider needs that
     * whole history, so a new provider's first months are not judged).
     */
    public static List<Signal> jumps(List<ProviderMonth> months, SignalPolicy policy) {
        Map<String, TreeMap<YearMonth, Long>> byProvider = new TreeMap<>();
        for (ProviderMonth m : months) {
            byProvider.computeIfAbsent(m.provider(), p -> new TreeMap<>()).merge(m.month(), m.count(), Long::sum);
        }
        List<Signal> signals = new ArrayList<>();
        byProvider.forEach((provider, counts) -> {
            YearMonth first = counts.firstKey();
            for (Map.Entry<YearMonth, Long> month : counts.entrySet()) {
                YearMonth start = month.getKey().minusMonths(policy.historyMonths());
                if (start.isBefore(first)) {
                    continue;
                }
                List<Long> history = new ArrayList<>();
                for (YearMonth m = start; m.isBefore(month.getKey()); m = m.plusMonths(1)) {
                    history.add(counts.getOrDefault(m, 0L));
                }
                long usual = median(history);
                long count = month.getValue();
                if (count >= policy.jumpMinimum()
                        && count >= Math.multiplyExact(policy.jumpFactor(), Math.max(usual, 1))) {
                    signals.add(new Signal(
                            MisuseRule.JUMP,
                            provider,
                            monthName(month.getKey()) + ": " + count + " boekingen of subsidies; gewoonlijk " + usual
                                    + " per maand (de mediaan van de " + policy.historyMonths()
                                    + " maanden ervoor)."));
                }
            }
        });
        return signals;
    }

    /**
     * M3: an offering whose price is above {@code priceFactor} times the median price of the other offerings of its
     * type, when there are at least {@code comparableMinimum} of them.
     */
    public static List<Signal> prices(List<OfferingPrice> offerings, SignalPolicy policy) {
        Map<String, List<OfferingPrice>> byType = new TreeMap<>();
        offerings.forEach(
                o -> byType.computeIfAbsent(o.type(), t -> new ArrayList<>()).add(o));
        List<Signal> signals = new ArrayList<>();
        byType.forEach((type, group) -> {
            for (int i = 0; i < group.size(); i++) {
                OfferingPrice offering = group.get(i);
                List<Long> others = new ArrayList<>();
                for (int j = 0; j < group.size(); j++) {
                    if (j != i) {
                        others.add(group.get(j).cents());
                    }
                }
                if (others.size() < policy.comparableMinimum()) {
                    continue;
                }
                long median = median(others);
                if (offering.cents() > Math.multiplyExact(policy.priceFactor(), median)) {
                    signals.add(new Signal(
                            MisuseRule.PRICE,
                            offering.offering(),
                            "Prijs " + euros(offering.cents()) + " bij aanbieder " + offering.provider()
                                    + "; de mediaan van " + others.size() + " vergelijkbare opleidingen ("
                                    + type + ") is " + euros(median) + "."));
                }
            }
        });
        signals.sort(Comparator.comparing(Signal::subject));
        return signals;
    }

    /** M4: a bank account, address or device with at least {@code sharedMinimum} distinct holders. */
    public static List<Signal> shared(List<Holding> holdings, SignalPolicy policy) {
        Map<SharedKind, Map<String, Set<String>>> holders = new TreeMap<>();
        for (Holding h : holdings) {
            holders.computeIfAbsent(h.kind(), k -> new TreeMap<>())
                    .computeIfAbsent(h.value(), v -> new HashSet<>())
                    .add(h.holder());
        }
        List<Signal> signals = new ArrayList<>();
        holders.forEach((kind, values) -> values.forEach((value, who) -> {
            if (who.size() >= policy.sharedMinimum()) {
                signals.add(new Signal(
                        MisuseRule.SHARED_ACCOUNT,
                        kind.dutch() + " " + value,
                        who.size() + " verschillende houders van hetzelfde " + kind.dutch() + ": "
                                + String.join(", ", who.stream().sorted().toList()) + "."));
            }
        }));
        return signals;
    }

    /**
     * M5: a person or a provider with at least {@code cancelMinimum} bookings started and cancelled within any
     * period of {@code cancelWindow}.
     */
    public static List<Signal> startedAndCancelled(List<Cancellation> cancellations, SignalPolicy policy) {
        List<Signal> signals = new ArrayList<>();
        signals.addAll(cancelPattern(cancellations, Cancellation::person, "persoon", policy));
        signals.addAll(cancelPattern(cancellations, Cancellation::provider, "aanbieder", policy));
        return signals;
    }

    private static List<Signal> cancelPattern(
            List<Cancellation> cancellations,
            java.util.function.Function<Cancellation, String> by,
            String who,
            SignalPolicy policy) {
        Map<String, List<Instant>> times = new TreeMap<>();
        cancellations.forEach(
                c -> times.computeIfAbsent(by.apply(c), k -> new ArrayList<>()).add(c.cancelledAt()));
        List<Signal> signals = new ArrayList<>();
        times.forEach((subject, at) -> {
            at.sort(Comparator.naturalOrder());
            int most = 0;
            int from = 0;
            for (int to = 0; to < at.size(); to++) {
                while (Duration.between(at.get(from), at.get(to)).compareTo(policy.cancelWindow()) > 0) {
                    from++;
                }
                most = Math.max(most, to - from + 1);
            }
            if (most >= policy.cancelMinimum()) {
                signals.add(new Signal(
                        MisuseRule.START_CANCEL,
                        who + " " + subject,
                        most + " boekingen gestart en geannuleerd binnen "
                                + policy.cancelWindow().toDays() + " dagen."));
            }
        });
        return signals;
    }

    /** M6: money that left an account within {@code loginChangeWindow} after a change of its login. */
    public static List<Signal> loginChangedBeforeMoney(
            List<LoginChange> changes, List<MoneyMoved> movements, SignalPolicy policy) {
        Map<String, List<Instant>> changedAt = new HashMap<>();
        changes.forEach(c ->
                changedAt.computeIfAbsent(c.account(), a -> new ArrayList<>()).add(c.at()));
        List<Signal> signals = new ArrayList<>();
        movements.stream()
                .sorted(Comparator.comparing(MoneyMoved::at).thenComparing(MoneyMoved::account))
                .forEach(moved -> changedAt.getOrDefault(moved.account(), List.of()).stream()
                        .filter(at -> !at.isAfter(moved.at())
                                && Duration.between(at, moved.at()).compareTo(policy.loginChangeWindow()) <= 0)
                        .max(Comparator.naturalOrder())
                        .ifPresent(at -> signals.add(new Signal(
                                MisuseRule.LOGIN_CHANGED,
                                moved.account(),
                                euros(moved.cents()) + " uitgegeven "
                                        + Duration.between(at, moved.at()).toHours()
                                        + " uur na een wijziging van de inloggegevens."))));
        return signals;
    }

    static long median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String euros(long cents) {
        String whole = java.text.NumberFormat.getIntegerInstance(DUTCH).format(cents / 100);
        return "€ " + whole + "," + String.format(Locale.ROOT, "%02d", Math.abs(cents % 100));
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, DUTCH) + " " + month.getYear();
    }
}
