package nl.vangnet.retention;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffKind;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and decide on destruction lists: the FG, and a teamleider the FG mandated (a row in
 * {@code destruction_mandate}, set and withdrawn by the FG). Anyone else is refused, and the refusal logged.
 */
@Component
class RetentionAuthority {

    private final JdbcClient jdbc;
    private final AccessLog accessLog;

    RetentionAuthority(JdbcClient jdbc, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    /** The role in which the current staff member decides on destruction, or a logged refusal. */
    Role requireApprover(AccessAction action, Collection<UUID> dossierIds) {
        StaffPrincipal me = CurrentStaff.get();
        if (me.kind() == StaffKind.PERSON) {
            if (me.has(Role.DATA_PROTECTION_OFFICER)) {
                return Role.DATA_PROTECTION_OFFICER;
            }
            if (me.has(Role.TEAM_LEADER) && mandated(me.id())) {
                return Role.TEAM_LEADER;
            }
        }
        return refuse(action, dossierIds);
    }

    /** The FG only (legal holds, mandates), or a logged refusal. */
    Role requireDataProtectionOfficer(AccessAction action, Collection<UUID> dossierIds) {
        StaffPrincipal me = CurrentStaff.get();
        if (me.kind() == StaffKind.PERSON && me.has(Role.DATA_PROTECTION_OFFICER)) {
            return Role.DATA_PROTECTION_OFFICER;
        }
        return refuse(action, dossierIds);
    }

    boolean mandated(UUID userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM destruction_mandate WHERE user_id = :u)").param("u", userId)
                .query(Boolean.class).single();
    }

    private Role refuse(AccessAction action, Collection<UUID> dossierIds) {
        accessLog.denied(action, dossierIds == null ? Set.of() : dossierIds, Set.of(), null);
        throw new AccessDeniedException("retention");
    }
}
