package nl.leerbudget.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.OfferingStatus;
import nl.leerbudget.register.OfferingView;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.ProviderStatus;
import nl.leerbudget.register.QualityMark;
import nl.leerbudget.register.Register;
import nl.leerbudget.register.RegisterProvider;
import nl.leerbudget.shared.OfferingType;

/**
 * Admitted providers with one admitted offering each, through the register's own API, and the provider's payable
 * account in the ledger: what a payment out of a compartment needs to name. Call as the system actor.
 */
public final class Trainings {

    /** A provider's payable account, its KvK number and the offering a payment to it is for. */
    public record Training(AccountId payable, String offeringId, String kvk) {}

    private final Register register;
    private final Ledger ledger;

    public Trainings(Register register, Ledger ledger) {
        this.register = register;
        this.ledger = ledger;
    }

    /** A short course in technology, not recognised: what any compartment without conditions may pay for. */
    public Training shortCourse() {
        return admitted(OfferingType.SHORT_COURSE, false, List.of("techniek"));
    }

    public Training admitted(OfferingType type, boolean recognised, List<String> fields) {
        return admitted(new OfferingDetails(
                type,
                "Veilig werken met elektrische installaties",
                "Een cursus veilig werken volgens NEN 3140, met praktijkopdrachten en een examen.",
                type == OfferingType.MBO_CERTIFICATE || type == OfferingType.DIPLOMA_PROGRAMME ? 4 : null,
                40,
                OfferingDetails.StudyLoadUnit.HOURS,
                100_000,
                0,
                100_000,
                OfferingDetails.Modality.IN_PERSON,
                "Utrecht",
                List.of(LocalDate.of(2027, 9, 1)),
                null,
                fields,
                List.of(),
                recognised));
    }

    /** A new admitted provider giving this one offering, admitted too, with its payable account. */
    public Training admitted(OfferingDetails details) {
        ProviderId provider = new ProviderId(UUID.randomUUID());
        String kvk = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        register.registerProvider(new RegisterProvider(
                provider,
                kvk,
                "Opleider " + provider.value().toString().substring(0, 8),
                "NL91ABNA0417164300",
                List.of(new QualityMark(
                        // Only an institution the ministry funds may offer recognised education (rule R4).
                        details.recognised() ? QualityMark.Scheme.OCW_INSTITUTION : QualityMark.Scheme.NRTO,
                        "MARK-1",
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2035, 12, 31)))));
        register.decideProvider(provider, ProviderStatus.ADMITTED, "In orde.");
        OfferingView offering = register.submitOffering(provider, details);
        register.decideOffering(offering.id(), true, "Voldoet aan het toetsingskader.");
        AccountId payable = new AccountId(provider.value());
        CommandResult opened = ledger.execute(new LedgerCommand(
                CommandId.random(),
                List.of(new OpenAccount(
                        payable, AccountKind.PROVIDER_PAYABLE, Unit.EUR, "Opleider", false, null, null)),
                List.of()));
        if (!(opened instanceof CommandResult.Executed)) {
            throw new IllegalStateException("payable account not opened: " + opened);
        }
        return new Training(payable, offering.id().toString(), kvk);
    }

    /** An admitted offering of an existing provider (a demo provider, say): what a payment to it may be for. */
    public static String anyAdmittedOffering(Register register, UUID provider) {
        return register.offeringsOf(new ProviderId(provider), 50).stream()
                .filter(o -> o.status() == OfferingStatus.ADMITTED)
                .findFirst()
                .orElseThrow()
                .id()
                .toString();
    }
}
