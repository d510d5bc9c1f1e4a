package nl.leerbudget.monitoring;

/**
 * Why a cell of a published table is not shown. Each rule has a stable id and the reason in plain Dutch (B1), for the
 * table's note, the chart's label and the CSV's status column.
 */
public enum DisclosureRule {
    FEW_PEOPLE("D1", "Minder dan het minimum aantal personen. Dit getal tonen we niet, zodat niemand herkenbaar is."),
    DOMINANT_CONTRIBUTOR(
            "D2", "Eén persoon of aanbieder heeft een te groot deel van dit bedrag. Dit getal tonen we niet."),
    COMPLEMENTARY("D3", "Dit getal tonen we niet, omdat u anders een verborgen getal kunt uitrekenen uit de totalen."),
    EARLIER_RELEASE("D4", "Dit getal was in een eerdere publicatie van deze tabel verborgen en blijft verborgen.");

    private final String id;
    private final String reason;

    DisclosureRule(String id, String reason) {
        this.id = id;
        this.reason = reason;
    }

    public String id() {
        return id;
    }

    /** The reason in plain Dutch (B1). */
    public String reason() {
        return reason;
    }

    /** The rule with this id (D1 to D4). */
    public static DisclosureRule byId(String id) {
        for (DisclosureRule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("no disclosure rule " + id);
    }
}
