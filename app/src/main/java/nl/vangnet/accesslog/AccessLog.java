package nl.vangnet.accesslog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
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
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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

    /**
     * Records a refused access at once, independent of the caller's transaction. One request that is refused several
     * times about the same dossiers (a page asking several modules) writes one entry.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(AccessAction action, Collection<UUID> dossierIds, Collection<UUID> personIds, String reason) {
        if (alreadyRefusedInThisRequest(dossierIds, personIds)) {
            return;
        }
        store.append(List.of(entry(action, null, dossierIds, personIds, reason, AccessOutcome.DENIED)));
    }

    /**
     * Records an allowed access by someone outside the organisation without an account (a professional answering an
     * information request through their one-time page), inside the transaction of the access. The actor is named as
     * given (name and organisation); its kind is {@code EXTERNAL}.
     */
    public void allowedAsExternal(String externalName, AccessAction action, Collection<UUID> dossierIds,
            Collection<UUID> personIds, String reason) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("An access must be logged inside the read-write transaction of the access");
        }
        pending().add(external(externalName, action, dossierIds, personIds, reason, AccessOutcome.ALLOWED));
    }

    /** Records a refused access by someone outside the organisation at once, in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void deniedAsExternal(String externalName, AccessAction action, Collection<UUID> dossierIds,
            Collection<UUID> personIds, String reason) {
        store.append(List.of(external(externalName, action, dossierIds, personIds, reason, AccessOutcome.DENIED)));
    }

    private AccessLogEntry external(String externalName, AccessAction action, Collection<UUID> dossierIds,
            Collection<UUID> personIds, String reason, AccessOutcome outcome) {
        RequestContext request = RequestContext.current();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return new AccessLogEntry(0, now, null, externalName == null || externalName.isBlank() ? "extern" : externalName,
                "EXTERNAL", null, "EXTERNAL_PROFESSIONAL", action, sorted(dossierIds), sorted(personIds), reason,
                request.clientIp(), outcome, request.requestId(), null, null);
    }

    @SuppressWarnings("unchecked")
    private static boolean alreadyRefusedInThisRequest(Collection<UUID> dossierIds, Collection<UUID> personIds) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return false;
        }
        String name = AccessLog.class.getName() + ".refused";
        Set<Object> refused = (Set<Object>) request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
        if (refused == null) {
            refused = new HashSet<>();
            request.setAttribute(name, refused, RequestAttributes.SCOPE_REQUEST);
        }
        List<Object> keys = new ArrayList<>(dossierIds == null ? List.of() : dossierIds);
        if (keys.isEmpty()) {
            keys.add(List.of("persons", personIds == null ? List.of() : sorted(personIds)));
        }
        boolean all = refused.containsAll(keys);
        refused.addAll(keys);
        return all;
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

    /** The order in which one action says more than another, when several of one request are about the same dossiers. */
    // Data that left the organisation weighs most after a destruction and an emergency access: a handover that also
    // updates the track is logged as the disclosure it is.
    private static final List<AccessAction> WEIGHT = List.of(AccessAction.DESTROY, AccessAction.EMERGENCY_ACCESS,
            AccessAction.DISCLOSE, AccessAction.CREATE, AccessAction.UPDATE, AccessAction.ASSIGN, AccessAction.EXPORT,
            AccessAction.PRINT, AccessAction.READ,
            AccessAction.ACCESS_LOG_READ, AccessAction.ACCESS_LOG_VERIFY, AccessAction.SEARCH, AccessAction.LIST);

    /**
     * One entry per dossier per transaction: the allowed accesses of one request that share a dossier become one
     * entry with all their dossiers and persons, the weightiest action, its role and reason. Entries without
     * dossiers are merged only when they are the same action on the same persons.
     */
    static List<AccessLogEntry> coalesce(List<AccessLogEntry> entries) {
        List<AccessLogEntry> merged = new ArrayList<>();
        for (AccessLogEntry e : entries) {
            AccessLogEntry current = e;
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Iterator<AccessLogEntry> it = merged.iterator(); it.hasNext(); ) {
                    AccessLogEntry m = it.next();
                    boolean same = current.dossierIds().isEmpty() && m.dossierIds().isEmpty()
                            ? m.action() == current.action() && m.personIds().equals(current.personIds())
                            : m.dossierIds().stream().anyMatch(current.dossierIds()::contains);
                    if (same && m.outcome() == current.outcome()) {
                        current = merge(m, current);
                        it.remove();
                        grew = true;
                    }
                }
            }
            merged.add(current);
        }
        return List.copyOf(merged);
    }

    private static AccessLogEntry merge(AccessLogEntry a, AccessLogEntry b) {
        AccessLogEntry first = WEIGHT.indexOf(b.action()) < WEIGHT.indexOf(a.action()) ? b : a;
        AccessLogEntry other = first == a ? b : a;
        List<UUID> persons = new ArrayList<>(a.personIds());
        persons.addAll(b.personIds());
        List<UUID> dossiers = new ArrayList<>(a.dossierIds());
        dossiers.addAll(b.dossierIds());
        return new AccessLogEntry(first.seq(), a.occurredAt(), first.actorId(), first.actorName(), first.actorKind(),
                first.onBehalfOf(), first.roleUsed() != null ? first.roleUsed() : other.roleUsed(), first.action(),
                sorted(dossiers), sorted(persons), first.reason() != null ? first.reason() : other.reason(),
                first.clientIp(), first.outcome(), first.requestId(), first.prevHash(), first.hash());
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
                    store.append(coalesce(fresh));
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
