package nl.leerbudget.simulation;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Objects;

/**
 * Lines of a population file as ASCII bytes (the format has no other characters), filled by one thread and written
 * as a whole. Digits are written by hand: {@code String.format} and {@code LocalDate.toString} would cost more than
 * drawing the person.
 */
final class Block {

    private static final byte[] HEX = "0123456789abcdef".getBytes(US_ASCII);
    private static final EnumMap<Track, byte[]> CODES = new EnumMap<>(Track.class);
    private static final byte[][] OUTCOMES = {
        ":unfunded:no-diploma".getBytes(US_ASCII),
        ":unfunded:diploma".getBytes(US_ASCII),
        ":funded:no-diploma".getBytes(US_ASCII),
        ":funded:diploma".getBytes(US_ASCII)
    };

    /** Longest track code, two dates, the separators and the longest outcome. */
    private static final int PERIOD_LENGTH = 12 + 1 + 10 + 2 + 10 + 20 + 1;

    private static final int PERSON_LENGTH = 36 + 1 + 10 + 1 + 1;

    static {
        for (Track track : Track.values()) {
            CODES.put(track, (track.code() + ":").getBytes(US_ASCII));
        }
    }

    byte[] bytes;
    int people;
    int length;

    Block(int capacity) {
        bytes = new byte[capacity];
    }

    void clear() {
        length = 0;
    }

    void append(Biography person) {
        ensure(PERSON_LENGTH + person.size * PERIOD_LENGTH);
        uuid(person.idHigh, person.idLow);
        bytes[length++] = ',';
        date(person.birthDay);
        bytes[length++] = ',';
        for (int i = 0; i < person.size; i++) {
            if (i > 0) {
                bytes[length++] = ';';
            }
            ascii(Objects.requireNonNull(CODES.get(person.tracks[i])));
            date(person.starts[i]);
            bytes[length++] = '.';
            bytes[length++] = '.';
            date(person.ends[i]);
            ascii(OUTCOMES[(person.funded[i] ? 2 : 0) + (person.diplomas[i] ? 1 : 0)]);
        }
        bytes[length++] = '\n';
    }

    void ascii(byte[] text) {
        ensure(text.length);
        System.arraycopy(text, 0, bytes, length, text.length);
        length += text.length;
    }

    private void uuid(long high, long low) {
        hex(high >>> 32, 8);
        bytes[length++] = '-';
        hex(high >>> 16, 4);
        bytes[length++] = '-';
        hex(high, 4);
        bytes[length++] = '-';
        hex(low >>> 48, 4);
        bytes[length++] = '-';
        hex(low, 12);
    }

    private void hex(long value, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            bytes[length + i] = HEX[(int) (value & 0xF)];
            value >>>= 4;
        }
        length += digits;
    }

    /** ISO yyyy-mm-dd, for years 1000 to 9999. */
    private void date(int epochDay) {
        int civil = CivilDays.civil(epochDay);
        int year = civil / 10_000;
        int month = civil / 100 % 100;
        int day = civil % 100;
        byte[] b = bytes;
        int at = length;
        b[at] = (byte) ('0' + year / 1000);
        b[at + 1] = (byte) ('0' + year / 100 % 10);
        b[at + 2] = (byte) ('0' + year / 10 % 10);
        b[at + 3] = (byte) ('0' + year % 10);
        b[at + 4] = '-';
        b[at + 5] = (byte) ('0' + month / 10);
        b[at + 6] = (byte) ('0' + month % 10);
        b[at + 7] = '-';
        b[at + 8] = (byte) ('0' + day / 10);
        b[at + 9] = (byte) ('0' + day % 10);
        length = at + 10;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
