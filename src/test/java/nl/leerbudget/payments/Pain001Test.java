package nl.leerbudget.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.leerbudget.shared.Money;
import org.junit.jupiter.api.Test;

class Pain001Test {

    private static final Instant CREATED = Instant.parse("2026-11-24T09:30:15.250Z");
    private static final LocalDate EXECUTION = LocalDate.of(2026, 11, 26);
    private static final Party AGENCY = Party.of("Uitvoeringsorganisatie Leerbudget", "NL91ABNA0417164300", "ABNANL2A");

    private static final String LONG_NAME =
            "Stichting Regionaal Opleidingscentrum voor Techniek, Zorg en Dienstverlening Gelderland-Zuid";

    private static final List<CreditTransfer> TRANSFERS = List.of(
            new CreditTransfer(
                    "LB-2026-000001",
                    Party.of("Opleidingscentrum Ĳsselmonde B.V.", "NL44RABO0123456789", "RABONL2U"),
                    Money.parse("1000.00"),
                    "STAP-voucher 2026-000001 cursus Excel"),
            new CreditTransfer(
                    "LB-2026-000002",
                    Party.of("Zoë Verbeek-Dubbeldam & Zn. (Café de Brug)", "NL20INGB0001234567", null),
                    Money.parse("249.95"),
                    "Leerbudget: opleiding \u201cGastheerschap\u201d – tweede termijn"),
            new CreditTransfer(
                    "LB-2026-000003",
                    Party.of(LONG_NAME, "NL63TRIO0212345678", "TRIONL2U"),
                    Money.parse("0.01"),
                    "Leerrecht 2026 mbo-certificaat"),
            new CreditTransfer(
                    "LB-2026-000004",
                    Party.of("Académie Belge de Gestion", "BE68539007547034", "GKCCBEBB"),
                    Money.parse("999999999.99"),
                    "Leerbudget Sectorfonds"));

    private static PaymentBatch batch(List<CreditTransfer> transfers) {
        return new PaymentBatch("LB-UIT-2026-11-24-01", CREATED, "Leerbudget", AGENCY, EXECUTION, transfers);
    }

    @Test
    void writesAFileThatTheOfficialIsoSchemaAccepts() {
        byte[] file = Pain001.write(batch(TRANSFERS));

        assertThat(OfficialSchema.problems(file)).isEmpty();
        assertThat(new String(file, StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<Document xmlns=\"" + Pain001.NAMESPACE + "\">");
    }

    @Test
    void validatesAgainstTheUnchangedIsoSchemaFromTheLibraryJar() {
        assertThat(OfficialSchema.location().toString()).contains("hbci4j-core");
        assertThat(OfficialSchema.sha256()).isEqualTo(OfficialSchema.SHA_256);
    }

    @Test
    void carriesTheNumberOfTransactionsAndTheControlSumInBothHeaders() {
        PaymentBatch batch = batch(TRANSFERS);
        Pain001File file = new Pain001File(Pain001.write(batch));

        assertThat(batch.controlSum()).isEqualTo(Money.parse("1000001249.95"));
        assertThat(file.text("GrpHdr/NbOfTxs")).isEqualTo("4");
        assertThat(file.text("GrpHdr/CtrlSum")).isEqualTo("1000001249.95");
        assertThat(file.text("PmtInf/NbOfTxs")).isEqualTo("4");
        assertThat(file.text("PmtInf/CtrlSum")).isEqualTo("1000001249.95");
        assertThat(file.texts("PmtInf/CdtTrfTxInf/Amt/InstdAmt"))
                .containsExactly("1000.00", "249.95", "0.01", "999999999.99");
        assertThat(file.texts("PmtInf/CdtTrfTxInf/Amt/InstdAmt/@Ccy")).containsOnly("EUR");
    }

    @Test
    void writesOneSepaPaymentBookedAsABatchWithSharedCharges() {
        Pain001File file = new Pain001File(Pain001.write(batch(TRANSFERS)));

        assertThat(file.text("GrpHdr/MsgId")).isEqualTo("LB-UIT-2026-11-24-01");
        assertThat(file.text("GrpHdr/CreDtTm")).isEqualTo("2026-11-24T10:30:15+01:00");
        assertThat(file.text("GrpHdr/InitgPty/Nm")).isEqualTo("Leerbudget");
        assertThat(file.text("PmtInf/PmtInfId")).isEqualTo("LB-UIT-2026-11-24-01");
        assertThat(file.text("PmtInf/PmtMtd")).isEqualTo("TRF");
        assertThat(file.text("PmtInf/BtchBookg")).isEqualTo("true");
        assertThat(file.text("PmtInf/PmtTpInf/SvcLvl/Cd")).isEqualTo("SEPA");
        assertThat(file.text("PmtInf/ReqdExctnDt/Dt")).isEqualTo("2026-11-26");
        assertThat(file.text("PmtInf/Dbtr/Nm")).isEqualTo("Uitvoeringsorganisatie Leerbudget");
        assertThat(file.text("PmtInf/DbtrAcct/Id/IBAN")).isEqualTo("NL91ABNA0417164300");
        assertThat(file.text("PmtInf/DbtrAgt/FinInstnId/BICFI")).isEqualTo("ABNANL2A");
        assertThat(file.text("PmtInf/ChrgBr")).isEqualTo("SLEV");
        assertThat(file.texts("PmtInf/CdtTrfTxInf/PmtId/EndToEndId"))
                .containsExactly("LB-2026-000001", "LB-2026-000002", "LB-2026-000003", "LB-2026-000004");
        assertThat(file.texts("PmtInf/CdtTrfTxInf/CdtrAcct/Id/IBAN"))
                .containsExactly("NL44RABO0123456789", "NL20INGB0001234567", "NL63TRIO0212345678", "BE68539007547034");
    }

    @Test
    void writesNamesAndTextsInTheSepaCharacterSetAndCutsNamesAtSeventy() {
        Pain001File file = new Pain001File(Pain001.write(batch(TRANSFERS)));

        assertThat(file.texts("PmtInf/CdtTrfTxInf/Cdtr/Nm"))
                .containsExactly(
                        "Opleidingscentrum IJsselmonde B.V.",
                        "Zoe Verbeek-Dubbeldam + Zn. (Cafe de Brug)",
                        LONG_NAME.substring(0, 70),
                        "Academie Belge de Gestion");
        assertThat(LONG_NAME).hasSizeGreaterThan(70);
        assertThat(file.texts("PmtInf/CdtTrfTxInf/RmtInf/Ustrd"))
                .containsExactly(
                        "STAP-voucher 2026-000001 cursus Excel",
                        "Leerbudget: opleiding 'Gastheerschap' - tweede termijn",
                        "Leerrecht 2026 mbo-certificaat",
                        "Leerbudget Sectorfonds");
    }

    @Test
    void namesTheCreditorBankOnlyWhenItsBicIsKnown() {
        Pain001File file = new Pain001File(Pain001.write(batch(TRANSFERS)));

        assertThat(file.texts("PmtInf/CdtTrfTxInf/CdtrAgt/FinInstnId/BICFI"))
                .containsExactly("RABONL2U", "TRIONL2U", "GKCCBEBB");
    }

    @Test
    void writesNotProvidedForADebtorBankWithoutBic() {
        Party withoutBic = Party.of("Uitvoeringsorganisatie Leerbudget", "NL91ABNA0417164300");
        byte[] bytes = Pain001.write(
                new PaymentBatch("LB-UIT-2", CREATED, "Leerbudget", withoutBic, EXECUTION, TRANSFERS.subList(1, 2)));
        Pain001File file = new Pain001File(bytes);

        assertThat(OfficialSchema.problems(bytes)).isEmpty();
        assertThat(file.texts("PmtInf/DbtrAgt/FinInstnId/BICFI")).isEmpty();
        assertThat(file.text("PmtInf/DbtrAgt/FinInstnId/Othr/Id")).isEqualTo("NOTPROVIDED");
        assertThat(file.texts("PmtInf/CdtTrfTxInf/CdtrAgt")).isEmpty();
    }

    @Test
    void theSchemaRefusesAFileThatBreaksIt() {
        String broken = new String(Pain001.write(batch(TRANSFERS)), StandardCharsets.UTF_8)
                .replace("<PmtMtd>TRF</PmtMtd>", "<PmtMtd>SEPA</PmtMtd>");

        assertThat(OfficialSchema.problems(broken.getBytes(StandardCharsets.UTF_8)))
                .isNotEmpty()
                .anySatisfy(problem -> assertThat(problem).contains("SEPA"));
    }

    @Test
    void refusesAnIbanWithWrongCheckDigits() {
        assertThatThrownBy(() -> Party.of("Opleider", "NL92ABNA0417164300"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a valid IBAN");
    }

    @Test
    void refusesABicOfTheWrongShape() {
        assertThatThrownBy(() -> Party.of("Opleider", "NL91ABNA0417164300", "ABNA NL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a BIC (8 or 11 letters and digits): 'ABNANL'");
    }

    @Test
    void refusesANameWithNothingSepaCanCarry() {
        assertThatThrownBy(() -> Party.of("学校", "NL91ABNA0417164300"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a name has at least one letter or digit that SEPA can carry: '学校'");
    }

    @Test
    void refusesEndToEndIdsThatABankWouldRefuse() {
        Party creditor = TRANSFERS.get(0).creditor();
        Money amount = Money.euros(10);
        assertThatThrownBy(() -> new CreditTransfer("LB-2026-000001-0000000000000000000001", creditor, amount, "x"))
                .hasMessage("an end-to-end id has 1 to 35 characters, not 37: 'LB-2026-000001-0000000000000000000001'");
        assertThatThrownBy(() -> new CreditTransfer("", creditor, amount, "x"))
                .hasMessage("an end-to-end id has 1 to 35 characters, not 0: ''");
        assertThatThrownBy(() -> new CreditTransfer("LB_2026_é", creditor, amount, "x"))
                .hasMessage("an end-to-end id uses only letters a-z, digits, spaces and / - ? : ( ) . , ' +:"
                        + " 'LB_2026_é'");
        assertThatThrownBy(() -> new CreditTransfer("LB//1", creditor, amount, "x"))
                .hasMessage("an end-to-end id does not start or end with '/' and does not contain '//': 'LB//1'");
        assertThatThrownBy(() -> new CreditTransfer(" LB1", creditor, amount, "x"))
                .hasMessage("an end-to-end id does not start or end with a space: ' LB1'");
    }

    @Test
    void refusesAmountsThatAreNotPositiveOrAboveTheSepaMaximum() {
        Party creditor = TRANSFERS.get(0).creditor();
        assertThatThrownBy(() -> new CreditTransfer("LB1", creditor, Money.ZERO, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an amount to transfer is positive, not EUR 0.00");
        assertThatThrownBy(() -> new CreditTransfer("LB1", creditor, Money.parse("-12.50"), "x"))
                .hasMessage("an amount to transfer is positive, not EUR -12.50");
        assertThatThrownBy(() -> new CreditTransfer("LB1", creditor, Money.parse("1000000000.00"), "x"))
                .hasMessage("a SEPA credit transfer is at most EUR 999999999.99, not EUR 1000000000.00");
    }

    @Test
    void refusesARemittanceTextThatIsEmptyOrLongerThan140() {
        Party creditor = TRANSFERS.get(0).creditor();
        Money amount = Money.euros(10);
        assertThatThrownBy(() -> new CreditTransfer("LB1", creditor, amount, "   "))
                .hasMessageStartingWith(
                        "a remittance text has 1 to 140 characters in the SEPA character set, this one 0");
        // Each ß becomes "ss": 71 characters are 142 in the file.
        assertThatThrownBy(() -> new CreditTransfer("LB1", creditor, amount, "ß".repeat(71)))
                .hasMessageStartingWith(
                        "a remittance text has 1 to 140 characters in the SEPA character set, this one 142");
    }

    @Test
    void refusesAnEmptyBatch() {
        assertThatThrownBy(() -> batch(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a payment batch has at least one transfer");
    }

    @Test
    void refusesAnEndToEndIdUsedTwice() {
        assertThatThrownBy(() -> batch(List.of(TRANSFERS.get(0), TRANSFERS.get(1), TRANSFERS.get(0))))
                .hasMessage("end-to-end id 'LB-2026-000001' is used twice in one batch");
    }

    @Test
    void refusesAnExecutionDateBeforeTheDayOfCreation() {
        assertThatThrownBy(() -> new PaymentBatch(
                        "LB-UIT-3", CREATED, "Leerbudget", AGENCY, LocalDate.of(2026, 11, 23), TRANSFERS))
                .hasMessage("the requested execution date 2026-11-23 lies before the day the batch was created,"
                        + " 2026-11-24");
    }

    @Test
    void refusesAMessageIdLongerThan35() {
        assertThatThrownBy(() -> new PaymentBatch(
                        "LB-UIT-2026-11-24-0000000000000000001", CREATED, "Leerbudget", AGENCY, EXECUTION, TRANSFERS))
                .hasMessageStartingWith("a message id has 1 to 35 characters, not 37");
    }
}
