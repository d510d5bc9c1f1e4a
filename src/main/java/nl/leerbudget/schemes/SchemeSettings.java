package nl.leerbudget.schemes;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the voucher schemes ({@code leerbudget.schemes.*}).
 *
 * @param batchSize at most this many applications are decided in one transaction
 * @param answerWithin how long a request waits for its receipt before it is told to try again (with the same request
 *     id)
 * @param payerName the account holder that pays providers in payout files (the executing agency)
 * @param payerIban its account; the default is a development account, production sets its own
 * @param payerBic its bank's BIC; empty when not given (within SEPA the IBAN is enough)
 */
@ConfigurationProperties("leerbudget.schemes")
public record SchemeSettings(
        @DefaultValue("500") int batchSize,
        @DefaultValue("20s") Duration answerWithin,
        @DefaultValue("Uitvoeringsorganisatie Leerbudget") String payerName,
        @DefaultValue("NL14INGB0000005200") String payerIban,
        @DefaultValue("") String payerBic) {

    public SchemeSettings {
        if (batchSize < 1 || batchSize > 5_000) {
            throw new IllegalArgumentException("leerbudget.schemes.batch-size is 1 to 5000");
        }
        if (answerWithin.isNegative() || answerWithin.isZero()) {
            throw new IllegalArgumentException("leerbudget.schemes.answer-within is positive");
        }
    }
}
