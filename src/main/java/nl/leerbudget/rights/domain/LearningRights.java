package nl.leerbudget.rights.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.leerbudget.shared.PersonId;

/** The rights credited, at most once per person and policy, and their adjustments. */
public interface LearningRights {

    Optional<CreditedRight> find(PersonId person, String policyId);

    /** Those of {@code people} who have been credited under the policy. */
    Set<PersonId> credited(Collection<PersonId> people, String policyId);

    /** Records credited rights; a person credited under the policy before is a duplicate-key error. */
    void insert(List<CreditedRight> rights);

    void insertAdjustment(RecordedAdjustment adjustment);

    /** Oldest first. */
    List<RecordedAdjustment> adjustments(PersonId person, String policyId);
}
