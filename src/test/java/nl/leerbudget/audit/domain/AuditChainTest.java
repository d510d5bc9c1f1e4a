package nl.leerbudget.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.leerbudget.audit.AuditEntry;
import nl.leerbudget.audit.AuditVerification.ChainBreak;
import nl.leerbudget.audit.AuditVerification.Reason;
import nl.leerbudget.shared.PersonId;
import org.junit.jupiter.api.Test;

/** The hash chain of the audit trail without a database: canonical text, hashes and the walk that checks them. */
class AuditChainTest {

    private static final Instant AT = Instant.parse("2025-03-01T09:30:00.123456Z");
    private static final PersonId PERSON = PersonId.of("6f1c2b0e-0001-4000-8000-000000000001");

    private static AuditEntry entry(String outcome) {
        return new AuditEntry(
                "user-42",
                PERSON,
                "POST /api/v1/holds/{holdId}/settlements",
                "holdId=0b6d1f7e-2c4a-4e8b-9a1d-5f3e2c1b0a99",
                "req-1",
                outcome,
                AT);
    }

    private static List<AuditRecord> chain(int length) {
        List<AuditRecord> records = new ArrayList<>();
        ChainHead head = ChainHead.GENESIS;
        for (int i = 0; i < length; i++) {
            AuditRecord next = AuditRecord.after(head, entry(Integer.toString(200 + i)));
            records.add(next);
            head = new ChainHead(next.seq(), next.hash());
        }
        return records;
    }

    private static ChainHead headOf(List<AuditRecord> records) {
        AuditRecord last = records.getLast();
        return new ChainHead(last.seq(), last.hash());
    }

    private static ChainWalk walk(List<AuditRecord> records, ChainHead head) {
        ChainWalk walk = new ChainWalk();
        for (AuditRecord record : records) {
            if (!walk.check(record)) {
                break;
            }
        }
        walk.end(head);
        return walk;
    }

    private static AuditRecord withOutcome(AuditRecord r, String outcome) {
        return new AuditRecord(
                r.seq(),
                r.recordedAt(),
                r.actor(),
                r.onBehalfOf(),
                r.action(),
                r.subject(),
                r.requestId(),
                outcome,
                r.previousHash(),
                r.hash());
    }

    // ------------------------------------------------------------------ canonical text and hash

    @Test
    void theFirstRecordHasSeqOneAndPointsAtSixtyFourZeros() {
        AuditRecord first = AuditRecord.after(ChainHead.GENESIS, entry("201"));

        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo("0".repeat(64));
        assertThat(first.hash()).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(first.computedHash());
    }

    @Test
    void theCanonicalTextNamesEveryFieldButTheHashWithItsLength() {
        AuditRecord first = AuditRecord.after(ChainHead.GENESIS, entry("201"));

        assertThat(first.canonicalText()).isEqualTo("""
                        leerbudget-audit-record/1
                        seq=1:1
                        recordedAt=27:2025-03-01T09:30:00.123456Z
                        actor=7:user-42
                        onBehalfOf=36:6f1c2b0e-0001-4000-8000-000000000001
                        action=39:POST /api/v1/holds/{holdId}/settlements
                        subject=43:holdId=0b6d1f7e-2c4a-4e8b-9a1d-5f3e2c1b0a99
                        requestId=5:req-1
                        outcome=3:201
                        previousHash=64:0000000000000000000000000000000000000000000000000000000000000000
                        """);
    }

    @Test
    void theHashOfAKnownRecordNeverChangesSoThatStoredChainsStayVerifiable() {
        AuditRecord first = AuditRecord.after(ChainHead.GENESIS, entry("201"));

        assertThat(first.hash()).isEqualTo("0e1933361e64c0aa851d6109718b8a5e9f7c4db18b4e504d8eaef1eb6a039a48");
    }

    @Test
    void tellsAMissingValueFromTheTextNull() {
        AuditEntry none = new AuditEntry("u", null, "POST /api/v1/x", null, "r", "201", AT);
        AuditEntry text = new AuditEntry("u", null, "POST /api/v1/x", "null", "r", "201", AT);

        assertThat(AuditRecord.after(ChainHead.GENESIS, none).hash())
                .isNotEqualTo(AuditRecord.after(ChainHead.GENESIS, text).hash());
    }

    @Test
    void aSeparatorInsideAValueCannotShiftTextFromOneFieldToTheNext() {
        AuditEntry a = new AuditEntry("u", null, "POST /a\nsubject=1:b", null, "r", "201", AT);
        AuditEntry b = new AuditEntry("u", null, "POST /a", "b", "r", "201", AT);

        assertThat(AuditRecord.after(ChainHead.GENESIS, a).hash())
                .isNotEqualTo(AuditRecord.after(ChainHead.GENESIS, b).hash());
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        AuditRecord r = AuditRecord.after(ChainHead.GENESIS, entry("201"));
        List<AuditRecord> changed = List.of(
                new AuditRecord(
                        2,
                        r.recordedAt(),
                        r.actor(),
                        r.onBehalfOf(),
                        r.action(),
                        r.subject(),
                        r.requestId(),
                        r.outcome(),
                        r.previousHash(),
                        r.hash()),
                new AuditRecord(
                        r.seq(),
                        r.recordedAt().plusNanos(1000),
                        r.actor(),
                        r.onBehalfOf(),
                        r.action(),
                        r.subject(),
                        r.requestId(),
                        r.outcome(),
                        r.previousHash(),
                        r.hash()),
                new AuditRecord(
                        r.seq(),
                        r.recordedAt(),
                        "user-43",
                        r.onBehalfOf(),
                        r.action(),
                        r.subject(),
                        r.requestId(),
                        r.outcome(),
                        r.previousHash(),
                        r.hash()),
                new AuditRecord(
                        r.seq(),
                        r.recordedAt(),
                        r.actor(),
                        null,
                        r.action(),
                        r.subject(),
                        r.requestId(),
                        r.outcome(),
                        r.previousHash(),
                        r.hash()),
                new AuditRecord(
                        r.seq(),
                        r.recordedAt(),
                        r.actor(),
                        r.onBehalfOf(),
                        "DELETE /api/v1/x",
                        r.subject(),
                        r.requestId(),
                        r.outcome(),
                        r.previousHash(),
                        r.hash()),
                new AuditRecord(
                        r.seq(),
                        r.recordedAt(),
                        r.actor(),
                        r.onBehalfOf(),
                        r.action(),
                        "holdId=other",
                        r.requestId(),
                        r.outcome(),
                        r.previousHash(),
                        r.hash()),
                new AuditRecord(
                        r.seq(),
                        r.recordedAt(),
                        r.actor(),
                        r.onBehalfOf(),
                        r.action(),
                        r.subject(),
                        "req-2",
                        r.outcome(),
                        r.previousHash(),
                        r.hash()),
                withOutcome(r, "500"),
                new AuditRecord(
                        r.seq(),
                        r.recordedAt(),
                        r.actor(),
                        r.onBehalfOf(),
                        r.action(),
                        r.subject(),
                        r.requestId(),
                        r.outcome(),
                        "1".repeat(64),
                        r.hash()));

        assertThat(changed).allSatisfy(c -> assertThat(c.computedHash()).isNotEqualTo(r.hash()));
    }

    @Test
    void theEntryKeepsMicrosecondsOnlyAsTheDatabasesDo() {
        AuditEntry e = new AuditEntry("u", null, "POST /api/v1/x", null, "r", "201", AT.plusNanos(789));

        assertThat(e.at()).isEqualTo(AT);
    }

    // ------------------------------------------------------------------ the walk

    @Test
    void anIntactChainPasses() {
        List<AuditRecord> records = chain(5);

        ChainWalk walk = walk(records, headOf(records));

        assertThat(walk.firstBreak()).isNull();
        assertThat(walk.checked()).isEqualTo(5);
    }

    @Test
    void anEmptyChainPasses() {
        ChainWalk walk = walk(List.of(), ChainHead.GENESIS);

        assertThat(walk.firstBreak()).isNull();
        assertThat(walk.checked()).isZero();
    }

    @Test
    void aChangedRecordBreaksTheChainAtThatRecord() {
        List<AuditRecord> records = new ArrayList<>(chain(5));
        ChainHead head = headOf(records);
        records.set(2, withOutcome(records.get(2), "403"));

        assertThat(walk(records, head).firstBreak()).isEqualTo(new ChainBreak(3, Reason.HASH_MISMATCH));
    }

    @Test
    void aChangedRecordWithARecomputedHashBreaksTheLinkFromTheNext() {
        List<AuditRecord> records = new ArrayList<>(chain(5));
        ChainHead head = headOf(records);
        AuditRecord changed = withOutcome(records.get(2), "403");
        records.set(
                2,
                new AuditRecord(
                        changed.seq(),
                        changed.recordedAt(),
                        changed.actor(),
                        changed.onBehalfOf(),
                        changed.action(),
                        changed.subject(),
                        changed.requestId(),
                        changed.outcome(),
                        changed.previousHash(),
                        changed.computedHash()));

        assertThat(walk(records, head).firstBreak()).isEqualTo(new ChainBreak(4, Reason.PREVIOUS_HASH_MISMATCH));
    }

    @Test
    void aRemovedRecordIsAGapAtItsSeq() {
        List<AuditRecord> records = new ArrayList<>(chain(5));
        ChainHead head = headOf(records);
        records.remove(1);

        ChainWalk walk = walk(records, head);

        assertThat(walk.firstBreak()).isEqualTo(new ChainBreak(2, Reason.SEQ_GAP));
        assertThat(walk.checked()).isEqualTo(2);
    }

    @Test
    void recordsRemovedFromTheEndAreAGapThatTheHeadReveals() {
        List<AuditRecord> records = new ArrayList<>(chain(5));
        ChainHead head = headOf(records);

        ChainWalk walk = walk(records.subList(0, 3), head);

        assertThat(walk.firstBreak()).isEqualTo(new ChainBreak(4, Reason.SEQ_GAP));
    }

    @Test
    void aRewrittenLastRecordDoesNotMatchTheHead() {
        List<AuditRecord> records = new ArrayList<>(chain(5));
        ChainHead head = headOf(records);
        AuditRecord last = records.getLast();
        ChainHead beforeLast = new ChainHead(last.seq() - 1, last.previousHash());
        records.set(4, AuditRecord.after(beforeLast, entry("999")));

        assertThat(walk(records, head).firstBreak()).isEqualTo(new ChainBreak(5, Reason.HEAD_MISMATCH));
    }
}
