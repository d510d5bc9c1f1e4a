package nl.leerbudget.register.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.ProviderStatus;
import nl.leerbudget.register.ProviderView;
import nl.leerbudget.register.QualityMark;

public interface Providers {

    Optional<ProviderView> find(ProviderId id);

    boolean kvkTaken(String kvk);

    void insert(ProviderView provider, Instant now);

    void changeStatus(ProviderId id, ProviderStatus status, String reason, Instant now);

    void addQualityMarks(ProviderId id, List<QualityMark> marks);
}
