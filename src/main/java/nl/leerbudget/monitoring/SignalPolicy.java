package nl.leerbudget.monitoring;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The thresholds of the misuse signals, as policy data ({@code monitoring/signalen-2027.policy}), each with its
 * source in the file.
 *
 * @param participantCap participants per offering above which M1 fires (R3: STAP capped a course at 300)
 * @param jumpFactor how many times its usual monthly count a provider's month must reach for M2
 * @param jumpMinimum the fewest bookings or grants in a month for M2 to fire at all, so that small numbers do not
 * @param historyMonths how many earlier months make a provider's usual count (their median)
 * @param priceFactor how many times the median price of comparable offerings a price must exceed for M3
 * @param comparableMinimum the fewest comparable offerings (same type) for M3 to judge a price
 * @param sharedMinimum how many distinct holders of one bank account, address or device make M4 fire
 * @param cancelMinimum how many start-then-cancel bookings of one person or provider in the window make M5 fire
 * @param cancelWindow the period over which M5 counts
 * @param loginChangeWindow how soon after a login change money moving makes M6 fire
 */
public record SignalPolicy(
        String id,
        int version,
        LocalDate effectiveFrom,
        int participantCap,
        int jumpFactor,
        int jumpMinimum,
        int historyMonths,
        int priceFactor,
        int comparableMinimum,
        int sharedMinimum,
        int cancelMinimum,
        Duration cancelWindow,
        Duration loginChangeWindow) {

    public SignalPolicy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(cancelWindow, "cancelWindow");
        Objects.requireNonNull(loginChangeWindow, "loginChangeWindow");
        if (participantCap < 1
                || jumpFactor < 2
                || jumpMinimum < 1
                || historyMonths < 1
                || priceFactor < 2
                || comparableMinimum < 2
                || sharedMinimum < 2
                || cancelMinimum < 2) {
            throw new IllegalArgumentException("a signal's threshold is out of range");
        }
        if (cancelWindow.isNegative()
                || cancelWindow.isZero()
                || loginChangeWindow.isNegative()
                || loginChangeWindow.isZero()) {
            throw new IllegalArgumentException("a signal's period is positive");
        }
    }
}
