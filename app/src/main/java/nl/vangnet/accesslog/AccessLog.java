package nl.vangnet.accesslog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.vangnet.platform.RequestContext;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records accesses to data about dossiers and persons. An allowed access is written in the transaction of the
 * access itself, just before it commits: if the entry cannot be written, the access fails with it. A denied access
 * is written at once in a transaction of its own, because the refused action is rolled back.
 */
@Service
public class AccessLog {

    private static final Object PENDING_KEY = new Object();

    private final AccessLogStore store;
    private final Clock clock;

    AccessLog(AccessLogStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records an allowed access; must be called inside the read-write transaction that performs it. */
    public void allowed(AccessAction action, Role roleUsed, Collection<UUID> dossierIds, Collection<UUID> personIds,
            String reason) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("An access must be logged inside the read-write transaction of the access");
        }
        pending().add(entry(action, roleUsed, dossierIds, personIds, reason, AccessOutcome.ALLOWED));
    }

    /** Records a refused access at once, independent of the caller's transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(AccessAction action, Collection<UUID> dossierIds, Collection<UUID> personIds, String reason) {
        store.append(List.of(entry(action, null, dossierIds, personIds, reason, AccessOutcome.DENIED)));
    }

    private AccessLogEntry entry(AccessAction action, Role roleUsed, Collection<UUID> dossierIds,
            Collection<UUID> personIds, String reason, AccessOutcome outcome) {
        StaffPrincipal actor = CurrentStaff.find().orElse(null);
        RequestContext request = RequestContext.current();
        String role = roleUsed != null ? roleUsed.name()
                : actor == null ? null : String.join(",", actor.sortedRoles().stream().map(Role::name).toList());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // Without a staff member: the application itself (startup, scheduled jobs) or an anonymous web request.
        boolean system = actor == null && request.requestId() == null;
        return new AccessLogEntry(0, now, actor == null ? null : actor.id(),
                actor != null ? actor.username() : system ? "vangnet" : "anoniem",
                actor != null ? actor.kind().name() : system ? "SYSTEM" : "ANONYMOUS", null, role, action,
                sorted(dossierIds), sorted(personIds), reason, request.clientIp(), outcome, request.requestId(),
                null, null);
    }

    private static List<UUID> sorted(Collection<UUID> ids) {
        return ids == null ? List.of() : ids.stream().distinct().sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private List<AccessLogEntry> pending() {
        List<AccessLogEntry> entries = (List<AccessLogEntry>) TransactionSynchronizationManager.getResource(PENDING_KEY);
        if (entries == null) {
            List<AccessLogEntry> fresh = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(PENDING_KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    store.append(fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING_KEY);
                }
            });
            entries = fresh;
        }
        return entries;
    }
}
