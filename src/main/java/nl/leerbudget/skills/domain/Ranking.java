package nl.leerbudget.skills.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which offerings close a gap best: the most missing essential skills covered first; among equals, those that can be
 * booked (their provider is admitted) before those that cannot, then the cheaper, then by id, so that the order is the
 * same every time.
 */
public final class Ranking {

    private Ranking() {}

    /** An offering with the missing essential skills it is tagged with. */
    public record Candidate(String offering, Set<String> covers, boolean bookable, long priceCents) {
        public Candidate {
            Objects.requireNonNull(offering, "offering");
            covers = Set.copyOf(covers);
        }
    }

    public static List<Candidate> rank(List<Candidate> candidates, int limit) {
        return candidates.stream()
                .filter(c -> !c.covers().isEmpty())
                .sorted(Comparator.comparingInt((Candidate c) -> -c.covers().size())
                        .thenComparing(c -> !c.bookable())
                        .thenComparingLong(Candidate::priceCents)
                        .thenComparing(Candidate::offering))
                .limit(limit)
                .toList();
    }
}
