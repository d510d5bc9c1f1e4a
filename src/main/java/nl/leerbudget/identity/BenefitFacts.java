package nl.leerbudget.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerbudget.identity.domain.BenefitPeriods;
import nl.leerbudget.identity.domain.Bsn;
import nl.leerbudget.identity.domain.BsnVault;
import nl.leerbudget.shared.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benefit facts: which person receives which benefit when, as UWV and the municipalities deliver them. Schemes ask
 * {@link #receivingOn} whether people are benefit recipients on a day (a target group such as "job seekers and benefit
 * recipients"). A period is kept under the keyed hash of the BSN, as the person registry keeps people, so that it
 * holds for someone who registers only later; the BSN itself is neither stored nor handed on.
 *
 * <p>One call to {@link #deliver} is one transaction: every line is checked first, and one wrong line imports
 * nothing. A delivery id is used once (a unique key): the same delivery again is answered as before and changes
 * nothing; another content under the same id is a conflict.
 */
@Service
public class BenefitFacts {

    /** The most lines one delivery may have. */
    public static final int MAX_LINES = 10_000;

    private final BenefitPeriods periods;
    private final BsnVault vault;
    private final Actors actors;
    private final Clock clock;
    private final TransactionTemplate transactions;

    BenefitFacts(
            BenefitPeriods periods,
            BsnVault vault,
            Actors actors,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.periods = periods;
        this.vault = vault;
        this.actors = actors;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Imports a delivery, all or nothing. For the executing agency (and the system), which receives the deliveries of
     * UWV and the municipalities.
     *
     * @throws IdempotencyConflict when the delivery id was used for another delivery
     */
    public BenefitDelivery.Result deliver(BenefitDelivery delivery) {
        Actor actor = actors.current();
        if (!actor.isSystem() && !actor.has(Role.SCHEME_ADMINISTRATOR)) {
            throw new NotPermitted("only the executing agency imports benefit facts");
        }
        if (delivery.lines().size() > MAX_LINES) {
            return new BenefitDelivery.Result.Refused(List.of(
                    new BenefitDelivery.LineError(0, "benefits", "a delivery has at most " + MAX_LINES + " lines")));
        }
        String digest = digest(delivery);
        List<BenefitDelivery.LineError> errors = new ArrayList<>();
        Map<String, Bsn> bsns = new HashMap<>();
        for (int i = 0; i < delivery.lines().size(); i++) {
            BenefitDelivery.Line line = delivery.lines().get(i);
            try {
                bsns.put(line.bsn(), Bsn.of(line.bsn()));
            } catch (IllegalArgumentException e) {
                errors.add(new BenefitDelivery.LineError(i + 1, "bsn", "is not a BSN (nine digits, eleven-test)"));
            }
        }
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < delivery.lines().size(); i++) {
            BenefitDelivery.Line line = delivery.lines().get(i);
            if (!seen.add(line.bsn() + "/" + line.benefit() + "/" + line.startsOn())) {
                errors.add(new BenefitDelivery.LineError(
                        i + 1, "startsOn", "the same person, benefit and first day are on an earlier line"));
            }
        }
        if (!errors.isEmpty()) {
            return new BenefitDelivery.Result.Refused(errors);
        }
        return actors.asSystem(() -> transactions.execute(status -> {
            Optional<BenefitPeriods.StoredDelivery> before = periods.delivery(delivery.deliveryId());
            if (before.isPresent()) {
                return replay(before.get(), delivery, digest);
            }
            Map<String, String> people = new HashMap<>();
            List<BenefitPeriods.Period> rows = new ArrayList<>(delivery.lines().size());
            for (BenefitDelivery.Line line : delivery.lines()) {
                String lookup = people.computeIfAbsent(
                        line.bsn(), bsn -> vault.lookup(java.util.Objects.requireNonNull(bsns.get(bsn))));
                rows.add(new BenefitPeriods.Period(
                        lookup, delivery.source(), line.benefit(), line.startsOn(), line.endsOn()));
            }
            BenefitPeriods.StoredDelivery stored = new BenefitPeriods.StoredDelivery(
                    delivery.deliveryId(),
                    delivery.source(),
                    digest,
                    delivery.lines().size(),
                    people.size(),
                    actor.userId(),
                    clock.instant());
            periods.insert(stored, rows);
            return new BenefitDelivery.Result.Delivered(delivery.deliveryId(), stored.lines(), stored.people(), false);
        }));
    }

    /**
     * Those of {@code people} who receive any benefit on {@code day}. For other modules' rules; says nothing else about
     * anyone.
     */
    public Set<PersonId> receivingOn(Collection<PersonId> people, LocalDate day) {
        return people.isEmpty() ? Set.of() : periods.receivingOn(new LinkedHashSet<>(people), day);
    }

    private static BenefitDelivery.Result replay(
            BenefitPeriods.StoredDelivery before, BenefitDelivery delivery, String digest) {
        if (!before.digest().equals(digest)) {
            throw new IdempotencyConflict("Delivery " + delivery.deliveryId()
                    + " was imported before with another content; a new delivery needs a new deliveryId.");
        }
        return new BenefitDelivery.Result.Delivered(before.id(), before.lines(), before.people(), true);
    }

    /** SHA-256 over the delivery in a fixed text form: the same content always gives the same digest. */
    private static String digest(BenefitDelivery delivery) {
        StringBuilder text = new StringBuilder(delivery.source()).append('\n');
        for (BenefitDelivery.Line line : delivery.lines()) {
            text.append(line.bsn())
                    .append(';')
                    .append(line.benefit())
                    .append(';')
                    .append(line.startsOn())
                    .append(';')
                    .append(line.endsOn() == null ? "" : line.endsOn())
                    .append('\n');
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same delivery id with another content. */
    public static final class IdempotencyConflict extends RuntimeException {
        IdempotencyConflict(String message) {
            super(message);
        }
    }
}
