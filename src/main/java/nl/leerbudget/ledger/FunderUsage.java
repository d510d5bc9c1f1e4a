package nl.leerbudget.ledger;

/**
 * Where a funder's money went, in aggregate: no person, no training. Amounts in hundredths of the unit.
 *
 * @param deposited into compartments, gross
 * @param compartments how many compartments the funder filled
 * @param available still spendable in those compartments
 * @param held reserved by holds on those compartments
 * @param spent paid from those compartments to providers
 * @param returned came back to the funder at expiry
 * @param lapsed lapsed to the state at expiry
 * @param reversed corrected by reversals out of those compartments
 */
public record FunderUsage(
        AccountView funder,
        long deposited,
        long compartments,
        long available,
        long held,
        long spent,
        long returned,
        long lapsed,
        long reversed) {}
