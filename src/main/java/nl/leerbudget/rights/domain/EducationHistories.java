package nl.leerbudget.rights.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerbudget.shared.PersonId;

/** Every version of every person's education history. */
public interface EducationHistories {

    Optional<StoredHistory> latest(PersonId person);

    /** The latest version number of each of {@code people} who has a history. */
    Map<PersonId, Integer> latestVersions(Collection<PersonId> people);

    /** Adds versions; a version that exists already is a duplicate-key error. */
    void insert(List<StoredHistory> histories);
}
