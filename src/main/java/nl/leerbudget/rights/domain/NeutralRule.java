package nl.leerbudget.rights.domain;

import static nl.leerbudget.rights.domain.Wording.line;
import static nl.leerbudget.rights.domain.Wording.money;

import java.util.List;
import nl.leerbudget.rights.RightsPolicy.Neutral;
import nl.leerbudget.rights.TraceLine;

/** The neutral amount (seed 003, section 3.5): the same post-initial amount for everyone. */
public final class NeutralRule {

    private NeutralRule() {}

    public static List<TraceLine> explain(Neutral policy) {
        return List.of(
                line(
                        "neutral.amount",
                        "Iedereen krijgt hetzelfde bedrag om te leren na de initiële opleiding: "
                                + money(policy.amount()) + "."),
                line("neutral.history", "Welke opleidingen u eerder deed, maakt bij dit beleid niet uit."));
    }
}
