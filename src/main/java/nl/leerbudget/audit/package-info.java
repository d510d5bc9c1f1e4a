/**
 * The tamper-evident audit trail: every state-changing API request and every refused access, as a hash chain in which
 * a changed, removed or inserted record shows; and {@code verify}, which walks the chain and asks the ledger for its
 * invariants.
 *
 * <p>The API is {@link nl.leerbudget.audit.AuditTrail}; {@code domain} holds the chain and its check (pure Java),
 * {@code persistence} its SQL, {@code web} the recording filter, the verification resource and the auditor's pages
 * (the trail filtered and paged, the verification run from a page), {@code batch} the {@code verify} command. Nothing
 * depends on this module.
 */
@NullMarked
@ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"shared", "identity", "ledger", "platform::web"})
package nl.leerbudget.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
