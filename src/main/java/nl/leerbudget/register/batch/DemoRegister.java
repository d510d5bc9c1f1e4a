package nl.leerbudget.register.batch;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.OfferingDetails.Modality;
import nl.leerbudget.register.OfferingDetails.StudyLoadUnit;
import nl.leerbudget.register.OfferingStatus;
import nl.leerbudget.register.OfferingView;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.ProviderStatus;
import nl.leerbudget.register.QualityMark;
import nl.leerbudget.register.Register;
import nl.leerbudget.register.RegisterProvider;
import nl.leerbudget.shared.Demo;
import nl.leerbudget.shared.OfferingType;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo providers (the same ids as their ledger accounts, so that the demo provider user manages both) and a few
 * offerings: admitted ones, one in review because it looks like a hobby course, and a suspended provider. The few
 * hundred offerings of the demo catalogue come later ({@link DemoCatalogue}).
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty(name = "leerbudget.demo-data", havingValue = true)
class DemoRegister implements ApplicationRunner {

    static final ProviderId SUSPENDED = new ProviderId(UUID.nameUUIDFromBytes("demo/provider/snelcursus".getBytes()));

    private static final String PROVIDER_ADMITTED = "Toegelaten: geldig keurmerk en volledige gegevens.";
    private static final String OFFERING_ADMITTED = "Voldoet aan het toetsingskader.";

    private final Register register;
    private final Actors actors;

    DemoRegister(Register register, Actors actors) {
        this.register = register;
        this.actors = actors;
    }

    @Override
    public void run(ApplicationArguments args) {
        actors.asSystem(this::load);
    }

    private void load() {
        ProviderId roc = new ProviderId(Demo.ROC);
        if (register.provider(roc).isEmpty()) { // else loaded on an earlier start
            loadFixed(roc);
        }
    }

    private void loadFixed(ProviderId roc) {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate until = LocalDate.of(2029, 12, 31);
        provider(
                roc,
                "30276543",
                "ROC Midden Nederland",
                "NL91ABNA0417164300",
                new QualityMark(QualityMark.Scheme.OCW_INSTITUTION, "25LJ", from, until));
        provider(
                new ProviderId(Demo.OPEN_UNIVERSITY),
                "41178130",
                "Open Universiteit",
                "NL20INGB0001234567",
                new QualityMark(QualityMark.Scheme.OCW_INSTITUTION, "22CY", from, until));
        provider(
                new ProviderId(Demo.LANGUAGE_CENTRE),
                "55512345",
                "Taalcentrum Utrecht",
                "NL44RABO0123456789",
                new QualityMark(QualityMark.Scheme.NRTO, "NRTO-4711", from, until));
        provider(
                SUSPENDED,
                "66623456",
                "Snelcursus B.V.",
                "NL86RABO0123456712",
                new QualityMark(QualityMark.Scheme.CRKBO, "CRKBO-1234", from, until));

        admit(register.submitOffering(
                roc,
                new OfferingDetails(
                        OfferingType.MBO_CERTIFICATE,
                        "Mbo-certificaat Elektrotechniek: installeren",
                        "Leer elektrische installaties in woningen aanleggen en controleren volgens NEN 1010. Met praktijkopdrachten"
                                + " en een examen dat landelijk erkend is.",
                        3,
                        240,
                        StudyLoadUnit.HOURS,
                        185000,
                        0,
                        185000,
                        Modality.BLENDED,
                        "Utrecht",
                        List.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 9, 1)),
                        24,
                        List.of("techniek"),
                        List.of(
                                "http://data.europa.eu/esco/skill/52d6eb67-56c0-4ad7-b5c2-71e7c2362ece",
                                "http://data.europa.eu/esco/skill/3f6dc31c-ceef-4e93-9d8a-b4b862cf9b51"),
                        true)));
        admit(register.submitOffering(
                new ProviderId(Demo.OPEN_UNIVERSITY),
                new OfferingDetails(
                        OfferingType.MICROCREDENTIAL,
                        "Microcredential Data-analyse met Python",
                        "Analyseer gegevens met Python en pandas: van ruwe gegevens tot een helder rapport. Online, in uw eigen"
                                + " tempo, met begeleiding.",
                        6,
                        5,
                        StudyLoadUnit.EC,
                        95000,
                        0,
                        95000,
                        Modality.ONLINE,
                        null,
                        List.of(LocalDate.of(2027, 3, 1)),
                        null,
                        List.of("ict"),
                        List.of("S4.8.1"),
                        false)));
        admit(register.submitOffering(
                new ProviderId(Demo.LANGUAGE_CENTRE),
                new OfferingDetails(
                        OfferingType.SHORT_COURSE,
                        "Nederlands op de werkvloer (B1)",
                        "Verbeter uw Nederlands voor het werk: gesprekken met collega's en klanten, e-mails en werkinstructies."
                                + " Kleine groepen.",
                        null,
                        60,
                        StudyLoadUnit.HOURS,
                        89500,
                        15533,
                        74000,
                        Modality.IN_PERSON,
                        "Utrecht",
                        List.of(LocalDate.of(2027, 1, 15)),
                        12,
                        List.of("taal"),
                        List.of("S1.0.1"),
                        false)));
        register.submitOffering(
                new ProviderId(Demo.LANGUAGE_CENTRE),
                new OfferingDetails(
                        OfferingType.SHORT_COURSE,
                        "Wijnproeven voor beginners",
                        "Een ontspannen avondcursus over druiven, streken en smaken, met een proeverij van zes wijnen per"
                                + " avond.",
                        null,
                        12,
                        StudyLoadUnit.HOURS,
                        24500,
                        0,
                        24500,
                        Modality.IN_PERSON,
                        "Utrecht",
                        List.of(LocalDate.of(2027, 4, 1)),
                        16,
                        List.of("hobby"),
                        List.of(),
                        false));
        OfferingView quick = register.submitOffering(
                SUSPENDED,
                new OfferingDetails(
                        OfferingType.SHORT_COURSE,
                        "Projectmanagement in één dag",
                        "Alle basisbegrippen van projectmanagement in één intensieve dag, met een certificaat van deelname.",
                        null,
                        8,
                        StudyLoadUnit.HOURS,
                        99500,
                        0,
                        99500,
                        Modality.ONLINE,
                        null,
                        List.of(LocalDate.of(2027, 2, 10)),
                        300,
                        List.of("management"),
                        List.of(),
                        false));
        admit(quick);
        register.decideProvider(
                SUSPENDED,
                ProviderStatus.SUSPENDED,
                "Geschorst in afwachting van onderzoek naar misbruik: veel deelnemers zonder aanwezigheid.");
    }

    private void provider(ProviderId id, String kvk, String name, String iban, QualityMark mark) {
        provider(new RegisterProvider(id, kvk, name, iban, List.of(mark)));
    }

    private void provider(RegisterProvider registration) {
        register.registerProvider(registration);
        register.decideProvider(registration.id(), ProviderStatus.ADMITTED, PROVIDER_ADMITTED);
    }

    private void admit(OfferingView offering) {
        if (offering.status() == OfferingStatus.IN_REVIEW) {
            register.decideOffering(offering.id(), true, OFFERING_ADMITTED);
        }
    }
}
