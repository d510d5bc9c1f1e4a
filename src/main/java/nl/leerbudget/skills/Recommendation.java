package nl.leerbudget.skills;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.leerbudget.register.CatalogueHit;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * An admitted offering that adds missing essential skills of a gap, and what it would cost the person.
 *
 * @param covers the missing essential skills it is tagged with
 * @param cost what the person would pay after their budgets, by the financing plan for its first start date; null
 *     when nobody is logged in as a citizen (or adviser acting for one), or the offering has no coming start date
 */
public record Recommendation(
        CatalogueHit offering,
        List<SkillGap.SkillView> covers,
        @Nullable Cost cost) {

    public Recommendation {
        Objects.requireNonNull(offering, "offering");
        covers = List.copyOf(covers);
    }

    /**
     * The financing plan in short: the price, what the budgets pay, what the person pays, and the plan's fingerprint
     * that a booking of it names.
     */
    public record Cost(LocalDate startDate, Money price, Money covered, Money personPays, String fingerprint) {}
}
