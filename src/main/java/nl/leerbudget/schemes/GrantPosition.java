package nl.leerbudget.schemes;

import org.jspecify.annotations.Nullable;

/**
 * How many people hold a grant, by their position on the labour market as UWV supplies it (a tie to the Dutch labour
 * market, and the sector of their work when known) and year of birth: an aggregate view for statistics. A person
 * counts once however many grants they hold.
 *
 * @param sector the sector code UWV gives, or null when the person has none on record
 */
public record GrantPosition(
        boolean labourMarketTie, @Nullable String sector, int birthYear, long people) {

    public GrantPosition {
        if (people < 1) {
            throw new IllegalArgumentException("a count names at least one person");
        }
    }
}
