package nl.leerbudget.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.Purpose;
import nl.leerbudget.ledger.Purposes;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import nl.leerbudget.support.Trainings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The purpose of an offering, as a financing plan takes it from the offering it has read, is the one the register gives
 * the ledger when money is held or spent for that offering.
 */
@IntegrationTest
class PurposesIT {

    @Autowired
    Register register;

    @Autowired
    Ledger ledger;

    @Autowired
    Purposes purposes;

    @Test
    void anOfferingAsReadHasThePurposeTheLedgerIsGiven() {
        SystemActor.install();
        try {
            Trainings.Training training = new Trainings(register, ledger)
                    .admitted(new OfferingDetails(
                            OfferingType.MBO_CERTIFICATE,
                            "Helpende zorg en welzijn",
                            "Een erkend mbo-certificaat voor helpenden in zorg en welzijn, met stage en examen.",
                            2,
                            400,
                            OfferingDetails.StudyLoadUnit.HOURS,
                            250_000,
                            0,
                            240_000,
                            OfferingDetails.Modality.BLENDED,
                            "Zwolle",
                            List.of(LocalDate.of(2027, 9, 1)),
                            null,
                            List.of("zorg", "welzijn"),
                            List.of(),
                            true));
            OfferingView offering = register.offering(new OfferingId(UUID.fromString(training.offeringId())))
                    .orElseThrow();

            Purpose purpose = register.purposeOf(offering);

            assertThat(purpose)
                    .isEqualTo(purposes.find(List.of(training.offeringId())).get(training.offeringId()));
            assertThat(purpose.offeringId()).isEqualTo(training.offeringId());
            assertThat(purpose.provider()).isEqualTo(training.payable());
            assertThat(purpose.type()).isEqualTo(OfferingType.MBO_CERTIFICATE);
            assertThat(purpose.recognised()).isTrue();
            assertThat(purpose.sectors()).isEqualTo(Set.of("zorg", "welzijn"));
        } finally {
            SystemActor.clear();
        }
    }
}
