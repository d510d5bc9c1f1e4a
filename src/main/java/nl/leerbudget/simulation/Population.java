package nl.leerbudget.simulation;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.leerbudget.shared.PersonId;

/**
 * A synthetic population of Dutch adults aged 18 up to the state pension age (67) on a reference date, with their
 * education histories, calibrated to CBS marginals (see {@link Calibration}).
 *
 * <p>Person {@code i} depends only on the seed, the reference date and {@code i}: every person has a random generator
 * of their own, seeded from the seed and their index. So the population can be read from any index, generated in
 * parallel blocks, and is the same, byte for byte, whatever the number of threads. Nothing is held in memory but the
 * blocks being written.
 */
public final class Population {

    public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2027, 1, 1);

    /** The first line of a population file. */
    public static final String HEADER = "person_id,birth_date,history";

    private static final byte[] HEADER_LINE = (HEADER + "\n").getBytes(US_ASCII);

    static final int BLOCK_PEOPLE = 16_384;

    private static final int BLOCK_BYTES = BLOCK_PEOPLE * 192;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long LOW_62_BITS = (1L << 62) - 1;

    private final long seed;
    private final LocalDate referenceDate;
    private final int reference;
    private final long streamKey;
    private final long idKey;

    /** By age: the first possible day of birth, and how many there are (a year's worth). */
    private final int[] firstBirthDay = new int[Calibration.AGES];

    private final int[] birthDays = new int[Calibration.AGES];

    public Population(long seed, LocalDate referenceDate) {
        this.seed = seed;
        this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate");
        this.reference = Math.toIntExact(referenceDate.toEpochDay());
        this.streamKey = mix(seed);
        this.idKey = mix(seed ^ GOLDEN_GAMMA) & LOW_62_BITS;
        for (int age = Calibration.YOUNGEST; age <= Calibration.OLDEST; age++) {
            // Aged `age` on the reference date: born after this day one year earlier, at the latest on this day.
            int first = Math.toIntExact(referenceDate.minusYears(age + 1L).toEpochDay() + 1);
            int last = Math.toIntExact(referenceDate.minusYears(age).toEpochDay());
            firstBirthDay[age - Calibration.YOUNGEST] = first;
            birthDays[age - Calibration.YOUNGEST] = last - first + 1;
        }
    }

    public long seed() {
        return seed;
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    /** Person number {@code index} (from 0). */
    public Person person(long index) {
        Biography person = new Biography(reference);
        draw(index, person);
        return new Person(
                new PersonId(new UUID(person.idHigh, person.idLow)),
                LocalDate.ofEpochDay(person.birthDay),
                person.history());
    }

    /** The first {@code count} people, drawn one by one as the stream is read. */
    public Stream<Person> people(long count) {
        return LongStream.range(0, count).mapToObj(this::person);
    }

    /** Writes the header and the first {@code count} people as a population file, on the calling thread. */
    public void write(long count, Writer out) throws IOException {
        requireCount(count);
        out.write(HEADER);
        out.write('\n');
        Block block = new Block(BLOCK_BYTES);
        Biography person = new Biography(reference);
        for (long from = 0; from < count; from += BLOCK_PEOPLE) {
            fill(block, person, from, (int) Math.min(BLOCK_PEOPLE, count - from));
            out.write(new String(block.bytes, 0, block.length, ISO_8859_1));
        }
        out.flush();
    }

    /**
     * Writes the header and the first {@code count} people as a population file (ASCII, hence UTF-8), drawing blocks
     * of people on {@code threads} threads and writing them in order. {@code progress} hears, on the calling thread,
     * how many people have been written, after every block.
     */
    public void write(long count, OutputStream out, int threads, LongConsumer progress) throws IOException {
        requireCount(count);
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread, not " + threads);
        }
        out.write(HEADER_LINE);
        if (threads == 1) {
            Block block = new Block(BLOCK_BYTES);
            Biography person = new Biography(reference);
            for (long from = 0; from < count; from += BLOCK_PEOPLE) {
                fill(block, person, from, (int) Math.min(BLOCK_PEOPLE, count - from));
                out.write(block.bytes, 0, block.length);
                progress.accept(from + block.people);
            }
            out.flush();
            return;
        }
        int inFlight = 2 * threads;
        ArrayDeque<Block> spare = new ArrayDeque<>(inFlight);
        for (int i = 0; i < inFlight; i++) {
            spare.add(new Block(BLOCK_BYTES));
        }
        ArrayDeque<Future<Block>> pending = new ArrayDeque<>(inFlight);
        ExecutorService pool = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("population-", 1).daemon().factory());
        try {
            long next = 0;
            long written = 0;
            while (next < count && !spare.isEmpty()) {
                pending.add(submit(pool, spare.removeFirst(), next, count));
                next += BLOCK_PEOPLE;
            }
            while (!pending.isEmpty()) {
                Block block = completed(pending.removeFirst());
                out.write(block.bytes, 0, block.length);
                written += block.people;
                progress.accept(written);
                if (next < count) {
                    pending.add(submit(pool, block, next, count));
                    next += BLOCK_PEOPLE;
                }
            }
            out.flush();
        } finally {
            pool.shutdownNow();
        }
    }

    private Future<Block> submit(ExecutorService pool, Block block, long from, long count) {
        int people = (int) Math.min(BLOCK_PEOPLE, count - from);
        return pool.submit(() -> {
            fill(block, new Biography(reference), from, people);
            return block;
        });
    }

    private static Block completed(Future<Block> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the population");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException("drawing people failed", e.getCause());
        }
    }

    private void fill(Block block, Biography person, long from, int people) {
        block.clear();
        for (int i = 0; i < people; i++) {
            draw(from + i, person);
            block.append(person);
        }
        block.people = people;
    }

    private void draw(long index, Biography person) {
        SplittableRandom random = new SplittableRandom(mix(streamKey + index * GOLDEN_GAMMA));
        person.idHigh = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        person.idLow = Long.MIN_VALUE | permute(index); // variant 2
        int age = Calibration.age(random.nextDouble());
        int birthDay =
                firstBirthDay[age - Calibration.YOUNGEST] + random.nextInt(birthDays[age - Calibration.YOUNGEST]);
        EducationLevel level = Calibration.level(age, random.nextDouble());
        person.draw(random, birthDay, level, Calibration.onTheWay(age, level));
    }

    /**
     * The low 62 bits of a person id: a permutation of the index keyed by the seed (xor with a key, multiplication by
     * an odd number and xor-shifts, each invertible modulo 2^62), so no two people of a population share an id.
     */
    private long permute(long index) {
        long x = (index ^ idKey) & LOW_62_BITS;
        x = (x * 0xBF58476D1CE4E5B9L) & LOW_62_BITS;
        x ^= x >>> 31;
        x = (x * 0x94D049BB133111EBL) & LOW_62_BITS;
        x ^= x >>> 29;
        return x;
    }

    /** The finaliser of SplitMix64 (Stafford's variant 13), a bijection on 64 bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void requireCount(long count) {
        if (count < 0 || count > LOW_62_BITS) {
            throw new IllegalArgumentException("a population of 0 to 2^62 people, not " + count);
        }
    }
}
