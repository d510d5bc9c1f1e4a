package nl.leerbudget.audit.batch;

import java.io.PrintStream;
import java.util.List;
import nl.leerbudget.audit.AuditTrail;
import nl.leerbudget.audit.AuditVerification;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.LedgerInvariants;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar leerbudget.jar verify}: verifies the audit trail and the ledger, prints a report and exits with 0
 * when all is well and 1 when anything is broken. Runs after every other start-up runner (system accounts, demo data),
 * so it sees the ledger as a started instance would, and exits before any scheduled work begins.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class VerifyCommand implements ApplicationRunner {

    private final AuditTrail trail;
    private final ConfigurableApplicationContext context;

    VerifyCommand(AuditTrail trail, ConfigurableApplicationContext context) {
        this.trail = trail;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Options such as --server.port=0 may come along; the command is the one plain argument.
        if (!args.getNonOptionArgs().equals(List.of("verify"))) {
            return;
        }
        int status = verify(System.out);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /** Verifies, prints the report and returns the exit status: 0 when all is well, 1 when anything is broken. */
    public int verify(PrintStream out) {
        AuditVerification result = trail.verify();
        out.println("Audit trail: " + result.recordsChecked() + " records checked.");
        AuditVerification.ChainBreak broken = result.firstBreak();
        if (broken == null) {
            out.println("  The hash chain is intact.");
        } else {
            out.println("  BROKEN at record " + broken.seq() + ": " + broken.reason() + " ("
                    + broken.reason().description() + ").");
        }
        List<LedgerInvariants.Violation> violations = result.ledgerViolations();
        if (violations.isEmpty()) {
            out.println("Ledger: all invariants hold.");
        } else {
            out.println("Ledger: " + violations.size() + " violations" + " (at most " + LedgerInvariants.LIMIT
                    + " per rule):");
            for (LedgerInvariants.Violation v : violations) {
                AccountId account = v.account();
                out.println("  " + v.rule() + (account == null ? "" : " account " + account) + ": " + v.detail());
            }
        }
        for (AuditVerification.Check check : result.checks()) {
            if (check.findings().isEmpty()) {
                out.println("Check: " + check.description() + ": holds.");
            } else {
                out.println("Check: " + check.description() + ": "
                        + check.findings().size() + " findings (at most " + LedgerInvariants.LIMIT + "):");
                check.findings().forEach(f -> out.println("  " + f.rule() + ": " + f.detail()));
            }
        }
        out.println(result.ok() ? "OK" : "FAILED");
        out.flush();
        return result.ok() ? 0 : 1;
    }
}
