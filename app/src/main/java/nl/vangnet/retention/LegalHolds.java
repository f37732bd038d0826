package nl.vangnet.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.dossier.DossierDestruction;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds (a dossier that must be kept, for example for a pending court case, stays off every destruction list
 * until the hold is lifted) and the FG's mandate to a teamleider to decide on destruction lists. Both set and lifted
 * by the FG only, with one access-log entry each; refusals logged.
 */
@Service
public class LegalHolds {

    private final JdbcClient jdbc;
    private final DossierDestruction destruction;
    private final RetentionAuthority authority;
    private final AccessLog accessLog;
    private final StaffDirectory directory;
    private final Clock clock;

    LegalHolds(JdbcClient jdbc, DossierDestruction destruction, RetentionAuthority authority, AccessLog accessLog,
            StaffDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.destruction = destruction;
        this.authority = authority;
        this.accessLog = accessLog;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    public void hold(UUID dossierId, RetentionInput.Hold in) {
        Role role = authority.requireDataProtectionOfficer(AccessAction.UPDATE, Set.of(dossierId));
        Checks v = new Checks();
        String reason = v.required("reason", in.reason(), "Vul in waarom het dossier bewaard moet blijven.");
        v.max("reason", reason, RetentionInput.MAX_REASON);
        v.throwIfInvalid();
        destruction.referenceOf(dossierId).orElseThrow(() -> new NotFoundException("Dit dossier bestaat niet."));
        jdbc.sql("""
                INSERT INTO legal_hold (dossier_id, reason, set_by, set_at) VALUES (:d, :r, :me, :now)
                ON CONFLICT (dossier_id) DO UPDATE SET reason = EXCLUDED.reason, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at""")
                .param("d", dossierId).param("r", reason).param("me", CurrentStaff.get().id())
                .param("now", Timestamp.from(clock.instant())).update();
        accessLog.allowed(AccessAction.UPDATE, role, Set.of(dossierId), List.of(), null);
    }

    @Transactional
    public void lift(UUID dossierId) {
        Role role = authority.requireDataProtectionOfficer(AccessAction.UPDATE, Set.of(dossierId));
        int lifted = jdbc.sql("DELETE FROM legal_hold WHERE dossier_id = :d").param("d", dossierId).update();
        if (lifted == 0) {
            throw new NotFoundException("Op dit dossier rust geen juridische bewaarplicht.");
        }
        accessLog.allowed(AccessAction.UPDATE, role, Set.of(dossierId), List.of(), null);
    }

    /** Mandates a teamleider to decide on destruction lists (the FG only). */
    @Transactional
    public void mandate(UUID userId) {
        authority.requireDataProtectionOfficer(AccessAction.UPDATE, Set.of());
        boolean teamLeader = directory.findById(userId).map(u -> u.roles().contains(Role.TEAM_LEADER)).orElse(false);
        if (!teamLeader) {
            throw Checks.refusal("userId", "Alleen een teamleider kan mandaat krijgen om vernietigingslijsten goed te keuren.");
        }
        jdbc.sql("""
                INSERT INTO destruction_mandate (user_id, granted_by, granted_at) VALUES (:u, :me, :now)
                ON CONFLICT (user_id) DO NOTHING""")
                .param("u", userId).param("me", CurrentStaff.get().id()).param("now", Timestamp.from(clock.instant())).update();
    }

    /** Withdraws a teamleider's mandate (the FG only). */
    @Transactional
    public void withdrawMandate(UUID userId) {
        authority.requireDataProtectionOfficer(AccessAction.UPDATE, Set.of());
        jdbc.sql("DELETE FROM destruction_mandate WHERE user_id = :u").param("u", userId).update();
    }
}
