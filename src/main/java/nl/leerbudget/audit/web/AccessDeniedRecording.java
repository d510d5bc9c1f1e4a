package nl.leerbudget.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import nl.leerbudget.audit.AuditEntry;
import nl.leerbudget.audit.AuditTrail;
import nl.leerbudget.identity.AccessDenied;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records every refused access, so that probes for other people's data show in the trail. Listens synchronously, not
 * after commit: the record must stay even when the refusing transaction rolls back, and the append runs in a
 * transaction of its own.
 */
@Component
class AccessDeniedRecording {

    private final AuditTrail trail;

    AccessDeniedRecording(AuditTrail trail) {
        this.trail = trail;
    }

    // After the refusing transaction ends, never while it holds its locks; at once where there is none.
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(AccessDenied denied) {
        HttpServletRequest request = currentRequest();
        String requestId = request != null && request.getAttribute(RequestRecording.REQUEST_ID) instanceof String id
                ? id
                : UUID.randomUUID().toString();
        String subject = RequestRecording.masked(denied.resource() + "=" + denied.id());
        trail.append(new AuditEntry(
                denied.actor().userId(),
                denied.actor().actingFor(),
                request != null
                        ? RequestRecording.action(request)
                        : RequestRecording.clipped("ACCESS " + denied.resource(), AuditEntry.MAX_ACTION),
                RequestRecording.clipped(subject, AuditEntry.MAX_SUBJECT),
                requestId,
                RequestRecording.clipped("DENIED " + denied.resource(), AuditEntry.MAX_OUTCOME),
                denied.at()));
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
