package nl.leerbudget.register;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.Purpose;
import nl.leerbudget.ledger.Purposes;
import nl.leerbudget.register.domain.Offerings;
import nl.leerbudget.register.domain.Providers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells the ledger what an offering is when money out of a compartment is held or spent for it: its provider (whose
 * payable account has the provider's id) and KvK number, type, recognition, the fields it serves, its level, and the
 * occupations it leads to (the ISCO unit groups of the ESCO occupations for which one of its skills is essential), at
 * its current version.
 */
@Component
class PaymentPurposes implements Purposes {

    private final Offerings offerings;
    private final Providers providers;
    // Looked up when used: the skills module that answers it reads the register's catalogue and the overview.
    private final ObjectProvider<SkillVocabulary> vocabulary;

    PaymentPurposes(Offerings offerings, Providers providers, ObjectProvider<SkillVocabulary> vocabulary) {
        this.offerings = offerings;
        this.providers = providers;
        this.vocabulary = vocabulary;
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
    Purpose purpose(String offeringId, ProviderId provider, OfferingDetails details) {
        SkillVocabulary taxonomy = vocabulary.getIfAvailable();
        Set<String> occupations =
                details.skills().isEmpty() || taxonomy == null ? Set.of() : taxonomy.iscoGroupsAsking(details.skills());
        return new Purpose(
                offeringId,
                new AccountId(provider.value()),
                details.type(),
                details.recognised(),
                Set.copyOf(details.fieldsOfStudy()),
                details.level(),
                occupations,
                providers.find(provider).map(ProviderView::kvk).orElse(null));
    }

    private static Optional<OfferingId> parse(String offeringId) {
        try {
            return Optional.of(new OfferingId(UUID.fromString(offeringId)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
