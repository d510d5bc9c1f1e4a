package nl.leerbudget.audit.web;

import java.util.List;
import java.util.UUID;
import nl.leerbudget.audit.AuditTrail;
import nl.leerbudget.audit.AuditVerification;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.LedgerInvariants;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Verifies the audit trail and the ledger on request. Always 200: the verification's result is the content. */
@RestController
class VerificationResource {

    private final AuditTrail trail;

    VerificationResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/audit/verification")
    Verification verify() {
        return Verification.of(trail.verify());
    }

    record Verification(
            boolean ok,
            long recordsChecked,
            @Nullable Break firstBreak,
            List<Violation> ledgerViolations,
            List<Check> checks) {

        static Verification of(AuditVerification v) {
            AuditVerification.ChainBreak broken = v.firstBreak();
            return new Verification(
                    v.ok(),
                    v.recordsChecked(),
                    broken == null ? null : new Break(broken.seq(), broken.reason()),
                    v.ledgerViolations().stream().map(Violation::of).toList(),
                    v.checks().stream()
                            .map(c -> new Check(
                                    c.description(),
                                    c.findings().stream()
                                            .map(f -> new Finding(f.rule(), f.detail()))
                                            .toList()))
                            .toList());
        }
    }

    record Check(String description, List<Finding> findings) {}

    record Finding(String rule, String detail) {}

    record Break(long seq, AuditVerification.Reason reason) {}

    record Violation(String rule, String detail, @Nullable UUID accountId) {

        static Violation of(LedgerInvariants.Violation v) {
            AccountId account = v.account();
            return new Violation(v.rule(), v.detail(), account == null ? null : account.value());
        }
    }
}
