package nl.leerbudget.register;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.Purpose;
import nl.leerbudget.ledger.Purposes;
import nl.leerbudget.register.domain.Offerings;
import org.springframework.stereotype.Component;

/**
 * Tells the ledger what an offering is when money out of a compartment is held or spent for it: its provider (whose
 * payable account has the provider's id), type, recognition and the fields it serves, at its current version.
 */
@Component
class PaymentPurposes implements Purposes {

    private final Offerings offerings;

    PaymentPurposes(Offerings offerings) {
        this.offerings = offerings;
    }

    @Override
    public Map<String, Purpose> find(Collection<String> offeringIds) {
        Map<String, Purpose> found = new HashMap<>();
        for (String offeringId : offeringIds) {
            parse(offeringId)
                    .flatMap(offerings::find)
                    .ifPresent(offering ->
                            found.put(offeringId, purpose(offeringId, offering.provider(), offering.details())));
        }
        return found;
    }

    /** What a payment for an offering is for, from its current version: the one place an offering becomes a purpose. */
    static Purpose purpose(String offeringId, ProviderId provider, OfferingDetails details) {
        return new Purpose(
                offeringId,
                new AccountId(provider.value()),
                details.type(),
                details.recognised(),
                java.util.Set.copyOf(details.fieldsOfStudy()));
    }

    private static Optional<OfferingId> parse(String offeringId) {
        try {
            return Optional.of(new OfferingId(UUID.fromString(offeringId)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
