package nl.leerbudget.simulation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The unit in which an instrument's budget is expressed (seed 003, Tabel 3: "budget in geld, tijd of
 * studiepunten"): euros, hours of training or study credits (EC). A budget in hours or credits is held and used in
 * hundredths of its unit, and costs the state the unit's price on the day it is used: the scenario's dated
 * {@code unit.hour.price} or {@code unit.study-credit.price}. So the state, not the person, carries a change of the
 * price.
 */
public enum BudgetUnit {
    MONEY("money", "euro", null),
    HOURS("hours", "uur", "unit.hour.price"),
    STUDY_CREDITS("study-credits", "studiepunt (EC)", "unit.study-credit.price");

    private final String code;
    private final String dutch;
    private final @Nullable String priceKey;

    BudgetUnit(String code, String dutch, @Nullable String priceKey) {
        this.code = code;
        this.dutch = dutch;
        this.priceKey = priceKey;
    }

    /** The value a scenario writes: {@code money}, {@code hours} or {@code study-credits}. */
    public String code() {
        return code;
    }

    /** The unit's name in Dutch. */
    public String dutch() {
        return dutch;
    }

    static BudgetUnit of(String scenario, String key, String code) {
        for (BudgetUnit unit : values()) {
            if (unit.code.equals(code)) {
                return unit;
            }
        }
        throw new ScenarioException(scenario, List.of(key + ": money, hours of study-credits, niet '" + code + "'"));
    }

    /** The price of one unit in cents on {@code day} (1 for money: the unit is then the cent). */
    long priceCents(Scenario scenario, LocalDate day) {
        if (priceKey == null) {
            return 1;
        }
        long price = scenario.cents(priceKey, day);
        if (price <= 0) {
            throw new ScenarioException(scenario.id(), List.of(priceKey + ": een prijs groter dan nul"));
        }
        return price;
    }

    /**
     * An amount in euro cents as this unit's smallest part (cents for money, hundredths of an hour or credit), at
     * {@code priceCents} per unit; rounded down, so a budget never promises more than its amount buys.
     */
    public long minorOf(long cents, long priceCents) {
        if (this == MONEY) {
            return cents;
        }
        if (cents < 0 || priceCents <= 0) {
            throw new IllegalArgumentException("no negative budget, and a price above zero");
        }
        return Math.multiplyExact(cents, 100L) / priceCents;
    }

    /**
     * What {@code minor} (hundredths of an hour or credit; cents for money) cost at {@code priceCents} per unit, in
     * cents, rounded half up to the cent.
     */
    public long centsOf(long minor, long priceCents) {
        if (this == MONEY) {
            return minor;
        }
        if (minor < 0) {
            throw new IllegalArgumentException("no negative budget");
        }
        // Half up on a non-negative amount, in whole numbers: no object per call in the simulator's loops.
        return Math.addExact(Math.multiplyExact(minor, priceCents), 50L) / 100L;
    }
}
