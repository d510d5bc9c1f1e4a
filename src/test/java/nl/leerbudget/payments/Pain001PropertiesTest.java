package nl.leerbudget.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.leerbudget.shared.Money;

/**
 * Any batch the records accept makes a file that the ISO schema accepts and whose control sums and counts are those
 * of its transfers: names and texts with Dutch and other accented letters, ligatures and signs outside the SEPA set,
 * names up to 120 characters, amounts from one cent to the SEPA maximum, with and without BICs.
 */
class Pain001PropertiesTest {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "éëèêïíóöôüúàáäçñĳĲßøæœłÉËÏÖÜ" + "      -'.,&()/+?:’“”–_;!@#€";
    private static final String ID_CHARACTERS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-?:().,'+";

    @Provide
    Arbitrary<PaymentBatch> batches() {
        Arbitrary<Instant> created = Arbitraries.longs()
                .between(
                        Instant.parse("2025-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2035-12-31T23:59:59Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
        Arbitrary<List<CreditTransfer>> transfers =
                transfer().list().ofMinSize(1).ofMaxSize(25).uniqueElements(CreditTransfer::endToEndId);
        return Combinators.combine(
                        identifier(),
                        created,
                        name(),
                        party(),
                        Arbitraries.integers().between(0, 60),
                        transfers)
                .as((messageId, createdAt, initiator, debtor, days, list) -> new PaymentBatch(
                        messageId,
                        createdAt,
                        initiator,
                        debtor,
                        LocalDate.ofInstant(createdAt, PaymentBatch.ZONE).plusDays(days),
                        list));
    }

    private static Arbitrary<CreditTransfer> transfer() {
        // At most 69 characters: a character becomes at most two in the SEPA set, and the text starts with a letter.
        Arbitrary<String> remittance = Arbitraries.strings()
                .withChars(LETTERS.replace("€", ""))
                .ofMaxLength(69)
                .map(text -> "R" + text);
        return Combinators.combine(
                        identifier(),
                        party(),
                        Arbitraries.longs().between(1, CreditTransfer.MAXIMUM.cents()),
                        remittance)
                .as((id, creditor, cents, text) -> new CreditTransfer(id, creditor, Money.cents(cents), text));
    }

    private static Arbitrary<String> identifier() {
        return Arbitraries.strings().withChars(ID_CHARACTERS).ofMinLength(1).ofMaxLength(35);
    }

    private static Arbitrary<String> name() {
        return Combinators.combine(
                        Arbitraries.chars().range('A', 'Z'),
                        Arbitraries.strings().withChars(LETTERS).ofMaxLength(119))
                .as((first, rest) -> first + rest);
    }

    private static Arbitrary<Party> party() {
        Arbitrary<String> iban = Combinators.combine(
                        Arbitraries.of("ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ"),
                        Arbitraries.longs().between(0, 9_999_999_999L))
                .as((bank, account) -> dutchIban(bank + "%010d".formatted(account)));
        Arbitrary<String> bic = Arbitraries.of("ABNANL2A", "INGBNL2A", "RABONL2U", "SNSBNL2A", "TRIONL2U", "BUNQNL2A")
                .injectNull(0.3);
        return Combinators.combine(name(), iban, bic).as(Party::of);
    }

    /** An IBAN with the check digits of ISO 13616: 98 minus the remainder of the rearranged number by 97. */
    static String dutchIban(String bban) {
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + "NL00").toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        int check = 98
                - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return "NL%02d%s".formatted(check, bban);
    }

    @Property(tries = 200)
    void everyValidBatchMakesAFileTheSchemaAccepts(@ForAll("batches") PaymentBatch batch) {
        byte[] bytes = Pain001.write(batch);

        assertThat(OfficialSchema.problems(bytes)).isEmpty();
    }

    @Property(tries = 200)
    void theControlSumIsTheSumOfTheAmountsAndTheCountTheNumberOfTransfers(@ForAll("batches") PaymentBatch batch) {
        Pain001File file = new Pain001File(Pain001.write(batch));

        BigDecimal sum = file.texts("PmtInf/CdtTrfTxInf/Amt/InstdAmt").stream()
                .map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long expectedCents = batch.transfers().stream()
                .mapToLong(transfer -> transfer.amount().cents())
                .sum();
        assertThat(new BigDecimal(file.text("GrpHdr/CtrlSum"))).isEqualByComparingTo(sum);
        assertThat(new BigDecimal(file.text("PmtInf/CtrlSum"))).isEqualByComparingTo(sum);
        assertThat(new BigDecimal(file.text("GrpHdr/CtrlSum")).movePointRight(2).longValueExact())
                .isEqualTo(expectedCents);
        assertThat(file.text("GrpHdr/NbOfTxs"))
                .isEqualTo(Integer.toString(batch.transfers().size()));
        assertThat(file.text("PmtInf/NbOfTxs"))
                .isEqualTo(Integer.toString(batch.transfers().size()));
    }

    @Property(tries = 200)
    void namesAndTextsStayWithinTheSepaLimits(@ForAll("batches") PaymentBatch batch) {
        Pain001File file = new Pain001File(Pain001.write(batch));

        for (String name : file.texts("PmtInf/CdtTrfTxInf/Cdtr/Nm")) {
            assertThat(name).hasSizeBetween(1, 70).matches("[A-Za-z0-9/\\-?:().,'+ ]+");
        }
        for (String text : file.texts("PmtInf/CdtTrfTxInf/RmtInf/Ustrd")) {
            assertThat(text).hasSizeBetween(1, 140).matches("[A-Za-z0-9/\\-?:().,'+ ]+");
        }
    }
}
