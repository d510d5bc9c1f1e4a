package nl.leerbudget.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.funding.domain.PersonKey;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.LearningAccountView;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.LedgerInvariants;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.Register;
import nl.leerbudget.register.SkillVocabulary;
import nl.leerbudget.shared.Demo;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.support.ActingAs;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.Funders;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.TestPeople;
import nl.leerbudget.support.Tokens;
import nl.leerbudget.support.Trainings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * A funder's conditions on the level of the training, the occupations it leads to and its provider: kept with the
 * deposit file and in the ledger, and held by the ledger on every payment with the register's facts of the offering.
 */
@IntegrationTest
class FunderConditionsIT {

    // ESCO: general nurse (ISCO unit group 2221), in the release the application ships.
    private static final String NURSE = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";

    @Autowired
    FunderDeposits deposits;

    @Autowired
    PersonRegistry registry;

    @Autowired
    Ledger ledger;

    @Autowired
    LedgerInvariants invariants;

    @Autowired
    Register register;

    @Autowired
    SkillVocabulary vocabulary;

    @Autowired
    Actors actors;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties properties;

    @LocalServerPort
    int port;

    UUID funder;
    String bsn;
    PersonId person;
    Trainings.Training nursing;

    @BeforeEach
    void setUp() {
        funder = UUID.randomUUID();
        openFunder(funder, Money.euros(10_000));
        bsn = TestPeople.randomBsn();
        person = actors.asSystem(() -> registry.register(bsn, "Verpleegkundige in opleiding"))
                .id();
        // A skill essential to a nurse and to no care worker (ISCO 532), so that the offering leads to the one only.
        String essential = vocabulary.occupation(NURSE, "nl").orElseThrow().essentialSkills().stream()
                .sorted()
                .filter(skill -> {
                    Set<String> groups = vocabulary.iscoGroupsAsking(List.of(skill));
                    return groups.contains("2221") && groups.stream().noneMatch(g -> g.startsWith("532"));
                })
                .findFirst()
                .orElseThrow();
        nursing = actors.asSystem(() -> new Trainings(register, ledger)
                .admitted(new OfferingDetails(
                        OfferingType.MBO_CERTIFICATE,
                        "Verpleegkundige zorg",
                        "Een certificaat in de verpleegkundige zorg, met stage in een ziekenhuis.",
                        4,
                        400,
                        OfferingDetails.StudyLoadUnit.HOURS,
                        200_000,
                        0,
                        200_000,
                        OfferingDetails.Modality.IN_PERSON,
                        "Utrecht",
                        List.of(LocalDate.of(2027, 9, 1)),
                        null,
                        List.of("zorg"),
                        List.of(essential),
                        true)));
    }

    @Test
    void moneyForAnotherLevelIsRefusedWithL27() {
        AccountId compartment = deposit(conditions(Set.of(6), Set.of(), Set.of()));

        assertThat(hold(compartment))
                .isInstanceOfSatisfying(
                        CommandResult.Rejected.class,
                        r -> assertThat(r.rule().id()).isEqualTo("L27"));
    }

    @Test
    void moneyForCareWorkersIsRefusedForTrainingTowardsNurseWithL28AndMoneyForNursingPaysIt() {
        AccountId careWork = deposit(conditions(Set.of(), Set.of("532"), Set.of()));
        AccountId nursingProfessionals = deposit(conditions(Set.of(), Set.of("222"), Set.of()));

        assertThat(hold(careWork))
                .isInstanceOfSatisfying(
                        CommandResult.Rejected.class,
                        r -> assertThat(r.rule().id()).isEqualTo("L28"));
        assertThat(hold(nursingProfessionals)).isInstanceOf(CommandResult.Executed.class);
    }

    @Test
    void moneyForOtherProvidersIsRefusedWithL29AndMoneyForThisProviderAtItsLevelPays() {
        AccountId other = deposit(conditions(Set.of(), Set.of(), Set.of("99999999")));
        AccountId right = deposit(conditions(Set.of(3, 4), Set.of("2"), Set.of(nursing.kvk())));

        assertThat(hold(other))
                .isInstanceOfSatisfying(
                        CommandResult.Rejected.class,
                        r -> assertThat(r.rule().id()).isEqualTo("L29"));
        assertThat(hold(right)).isInstanceOf(CommandResult.Executed.class);
        // What the ledger recorded of the offering with the hold passes its own check again.
        assertThat(actors.asSystem(() -> invariants.check())).noneMatch(v -> right.equals(v.account()));
    }

    @Test
    void aDepositFileKeepsItsConditionsFromPreviewToTheCompartmentsAndThePersonsOverviewText() {
        CompartmentConditions conditions = conditions(Set.of(3, 4), Set.of("222", "532"), Set.of(nursing.kvk()));
        DepositTerms terms = terms(conditions);

        DepositUpload preview = as(() -> deposits.preview(
                "zorg.csv", ("bsn;bedrag\n" + bsn + ";750,00\n").getBytes(StandardCharsets.UTF_8), terms));
        assertThat(as(() -> deposits.upload(preview.id())).orElseThrow().terms().conditions())
                .isEqualTo(conditions);
        assertThat(as(() -> deposits.confirm(preview.id()))).isInstanceOf(FunderDeposits.Outcome.Deposited.class);

        AccountView compartment = compartments().getFirst();
        assertThat(compartment.compartment().conditions()).isEqualTo(conditions);
        assertThat(ConditionsText.of(conditions))
                .isEqualTo("Alleen erkende opleidingen (door de overheid bekostigd); alleen op de niveaus 3, 4;"
                        + " alleen opleidingen voor de beroepen met ISCO-code 222, 532; alleen bij de opleider met"
                        + " KvK-nummer " + nursing.kvk());
    }

    @Test
    void theApiTakesTheConditionsAndTheRelationEndWithAFileAndNamesEveryWrongField() {
        Api employer = new Api(port).as(new Tokens(encoder, properties).of("peter"));
        String path = "/api/v1/funders/" + Demo.EMPLOYER + "/deposit-files?label=Zorgbudget";
        byte[] file = ("bsn;bedrag\n" + bsn + ";100,00\n").getBytes(StandardCharsets.UTF_8);

        Api.Response good = employer.upload(
                path + "&levels=3,4&occupations=222,532&providers=" + nursing.kvk() + "&onRelationEnd=TO_STATE",
                "note",
                "",
                "zorg.csv",
                file);
        Api.Response wrong = employer.upload(
                path + "&levels=9&occupations=22210&providers=1234&onRelationEnd=KEEP", "note", "", "zorg.csv", file);

        assertThat(good.status()).as(good.toString()).isEqualTo(201);
        DepositUpload stored = ActingAs.run(
                        ActingAs.funder(Demo.EMPLOYER),
                        () -> deposits.upload(
                                UUID.fromString(good.body().get("id").asString())))
                .orElseThrow();
        assertThat(stored.terms().conditions().levels()).containsExactlyInAnyOrder(3, 4);
        assertThat(stored.terms().conditions().occupations()).containsExactlyInAnyOrder("222", "532");
        assertThat(stored.terms().conditions().providers()).containsExactly(nursing.kvk());
        assertThat(stored.terms().onRelationEnd()).isEqualTo(RelationEndRule.TO_STATE);
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
        List<String> fields = new java.util.ArrayList<>();
        wrong.body().get("invalidParams").forEach(p -> fields.add(p.get("name").asString()));
        assertThat(fields).containsExactlyInAnyOrder("levels", "occupations", "providers", "onRelationEnd");
    }

    private CompartmentConditions conditions(Set<Integer> levels, Set<String> occupations, Set<String> providers) {
        return new CompartmentConditions(Set.of(), true, null, Set.of(), levels, occupations, providers);
    }

    private DepositTerms terms(CompartmentConditions conditions) {
        return new DepositTerms(
                "Zorgbudget", conditions, null, LocalDate.of(2030, 12, 31), ExpiryRule.RETURN_TO_FUNDER);
    }

    private AccountId deposit(CompartmentConditions conditions) {
        List<AccountId> before = compartments().stream().map(AccountView::id).toList();
        assertThat(as(() -> deposits.depositOne(
                        UUID.randomUUID(), PersonKey.bsn(bsn), Money.euros(500), terms(conditions), null)))
                .isInstanceOf(FunderDeposits.Outcome.Deposited.class);
        return compartments().stream()
                .map(AccountView::id)
                .filter(id -> !before.contains(id))
                .findFirst()
                .orElseThrow();
    }

    private CommandResult hold(AccountId compartment) {
        return actors.asSystem(() -> ledger.execute(LedgerCommand.of(
                CommandId.random(),
                new TransferOrder.Hold(
                        compartment,
                        nursing.payable(),
                        10_000,
                        TransferCode.SPEND,
                        null,
                        null,
                        nursing.offeringId()))));
    }

    private List<AccountView> compartments() {
        return actors
                .asSystem(() -> ledger.learningAccountOf(person))
                .map(LearningAccountView::compartments)
                .orElse(List.of())
                .stream()
                .filter(c -> c.compartment() != null
                        && c.compartment().funder().value().equals(funder))
                .toList();
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return ActingAs.run(ActingAs.funder(funder), work);
    }

    private void openFunder(UUID id, Money money) {
        Funders.open(ledger, actors, id, "Zorgfonds " + id, FunderType.SECTOR_FUND, money);
    }
}
