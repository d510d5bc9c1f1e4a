package nl.leerbudget.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A person's request to a funder to pay (part of) what a financing plan leaves them to pay.
 *
 * @param amount what the person asks; an approval may give less
 * @param compartment the compartment an approval opened, earmarked for the offering
 * @param replayed this answer repeats an earlier one for the same request id
 */
public record CoFinancingRequest(
        UUID id,
        UUID requestId,
        PersonId person,
        AccountId funder,
        String funderName,
        String offeringId,
        String offeringName,
        LocalDate startDate,
        Money amount,
        @Nullable String message,
        State state,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionReason,
        @Nullable AccountId compartment,
        String createdBy,
        Instant createdAt,
        boolean replayed) {

    public CoFinancingRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a co-financing request asks a positive amount");
        }
    }

    public enum State {
        REQUESTED("Wacht op de financier"),
        APPROVED("Goedgekeurd"),
        DECLINED("Afgewezen");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CoFinancingRequest asReplay() {
        return decided(state, decidedBy, decidedAt, decisionReason, compartment, amount, true);
    }

    public CoFinancingRequest decided(
            State next,
            @Nullable String by,
            @Nullable Instant at,
            @Nullable String reason,
            @Nullable AccountId opened,
            Money given,
            boolean replay) {
        return new CoFinancingRequest(
                id,
                requestId,
                person,
                funder,
                funderName,
                offeringId,
                offeringName,
                startDate,
                given,
                message,
                next,
                by,
                at,
                reason,
                opened,
                createdBy,
                createdAt,
                replay);
    }
}
