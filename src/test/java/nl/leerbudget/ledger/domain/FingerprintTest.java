package nl.leerbudget.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static LedgerCommand deposit(Set<String> sectors, long amount) {
        AccountId compartment = AccountId.derived("c");
        AccountId funder = AccountId.derived("f");
        var terms = new CompartmentTerms(
                LearningAccountId.derived("la"),
                funder,
                "label",
                new CompartmentConditions(Set.of(), false, null, sectors),
                null,
                null,
                ExpiryRule.RETURN_TO_FUNDER);
        return new LedgerCommand(
                CommandId.derived("cmd"),
                List.of(OpenAccount.compartment(compartment, Unit.EUR, terms)),
                List.of(new TransferOrder.Move(funder, compartment, amount, TransferCode.DEPOSIT, null)));
    }

    @Test
    void theSameContentHasTheSameFingerprintWhateverTheSetOrder() {
        var ab = new LinkedHashSet<>(List.of("a", "b"));
        var ba = new LinkedHashSet<>(List.of("b", "a"));

        assertThat(Fingerprint.of(deposit(ab, 100))).isEqualTo(Fingerprint.of(deposit(ba, 100)));
    }

    @Test
    void otherContentHasAnotherFingerprint() {
        assertThat(Fingerprint.of(deposit(Set.of("a"), 100))).isNotEqualTo(Fingerprint.of(deposit(Set.of("a"), 101)));
        assertThat(Fingerprint.of(deposit(Set.of("a"), 100))).isNotEqualTo(Fingerprint.of(deposit(Set.of("b"), 100)));
    }
}
