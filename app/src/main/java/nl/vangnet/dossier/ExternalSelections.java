package nl.vangnet.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossiers selected for one external party (a research selection, an accountant's sample, an inspectorate's or
 * the ombudsman's investigation), with a purpose and a time box: the tables the one policy reads for the basis
 * {@link DossierAccess.Basis#EXTERNAL_SELECTION}. Created and ended only by the FG (who guards the use of personal data
 * for another purpose than the case, across all teams; a teamleider sees only the own team and so cannot weigh it).
 * Whether the account and kind fit, and who is left out, the caller (module research) has checked.
 */
@Service
public class ExternalSelections {

    /** What a selection is for, and the external roles it may be made for. */
    public enum Kind {
        /** onderzoeksselectie */
        RESEARCH(Set.of(Role.RESEARCHER)),
        /** steekproef van de accountant */
        SAMPLE(Set.of(Role.ACCOUNTANT)),
        /** onderzoek van een inspectie of de (kinder)ombudsman */
        INVESTIGATION(Set.of(Role.INSPECTORATE, Role.OMBUDSMAN));

        private final Set<Role> roles;

        Kind(Set<Role> roles) {
            this.roles = roles;
        }

        public boolean fits(Role role) {
            return roles.contains(role);
        }
    }

    /** A selection as the FG and its external user see it. */
    public record Selection(UUID id, UUID userId, Kind kind, String purpose, LocalDate validFrom, LocalDate validUntil,
            UUID createdBy, Instant createdAt, Instant endedAt, List<String> dossierReferences) {

        public boolean activeOn(LocalDate today) {
            return endedAt == null && !today.isBefore(validFrom) && !today.isAfter(validUntil);
        }
    }

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final Clock clock;

    ExternalSelections(JdbcClient jdbc, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The ids of the dossiers with these references (a reference that names no dossier is absent from the map). */
    public Map<String, UUID> dossierIdsOf(Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        Map<String, UUID> result = new LinkedHashMap<>();
        jdbc.sql("SELECT reference, id FROM dossier WHERE reference IN (:r)").param("r", references)
                .query((RowCallbackHandler) rs -> result.put(rs.getString("reference"), rs.getObject("id", UUID.class)));
        return result;
    }

    /** Records a selection (FG only); the selection of these dossiers is logged, with its purpose, as assigned. */
    @Transactional
    public Selection create(UUID userId, Role externalRole, Kind kind, String purpose, LocalDate from, LocalDate until,
            Collection<UUID> dossierIds) {
        StaffPrincipal me = requireFg();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO external_selection (id, user_id, kind, purpose, valid_from, valid_until, created_by, created_at)
                VALUES (:id, :u, :k, :p, :f, :t, :me, :now)""")
                .param("id", id).param("u", userId).param("k", kind.name()).param("p", purpose).param("f", from)
                .param("t", until).param("me", me.id()).param("now", Timestamp.from(clock.instant())).update();
        for (UUID dossierId : Set.copyOf(dossierIds)) {
            jdbc.sql("INSERT INTO external_selection_dossier (selection_id, dossier_id) VALUES (:s, :d)")
                    .param("s", id).param("d", dossierId).update();
        }
        accessLog.allowed(AccessAction.ASSIGN, Role.DATA_PROTECTION_OFFICER, dossierIds, List.of(),
                "Selectie voor " + externalRole.name() + " (" + kind.name() + "): " + purpose);
        return find(id).orElseThrow();
    }

    /** Ends a selection before its time box ends (FG only): from now on it grants nothing. */
    @Transactional
    public Selection end(UUID id) {
        StaffPrincipal me = requireFg();
        Selection selection = find(id).orElseThrow(() -> new NotFoundException("Deze selectie bestaat niet."));
        jdbc.sql("UPDATE external_selection SET ended_at = :now, ended_by = :me WHERE id = :id AND ended_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("me", me.id()).param("id", selection.id()).update();
        return find(id).orElseThrow();
    }

    /** Every selection, the newest first (FG only). */
    public List<Selection> all() {
        requireFg();
        return jdbc.sql(SELECT + " ORDER BY s.created_at DESC").query(this::map).list();
    }

    /** The selections made for the current staff member (an external party), the newest first. */
    public List<Selection> mine() {
        return jdbc.sql(SELECT + " WHERE s.user_id = :u ORDER BY s.created_at DESC").param("u", CurrentStaff.get().id())
                .query(this::map).list();
    }

    /** A selection of the current staff member that is active today, else refused. */
    public Selection requireActiveOwn(UUID id) {
        Selection selection = find(id).filter(s -> s.userId().equals(CurrentStaff.get().id()))
                .filter(s -> s.activeOn(DutchTime.today(clock)))
                .orElseThrow(() -> new AccessDeniedException("selection"));
        return selection;
    }

    /** The dossiers of a selection. */
    public List<UUID> dossierIdsOf(UUID selectionId) {
        return jdbc.sql("SELECT dossier_id FROM external_selection_dossier WHERE selection_id = :s ORDER BY dossier_id")
                .param("s", selectionId).query(UUID.class).list();
    }

    /**
     * Takes the dossiers these persons are in out of every research selection (a granted objection to research use):
     * the researcher then cannot read them, and no export holds them. Returns how many were taken out.
     */
    @Transactional
    public int leaveOutOfResearch(UUID personId) {
        return jdbc.sql("""
                DELETE FROM external_selection_dossier sd USING external_selection s
                WHERE sd.selection_id = s.id AND s.kind = 'RESEARCH'
                  AND EXISTS (SELECT 1 FROM dossier_person p WHERE p.dossier_id = sd.dossier_id AND p.person_id = :p)""")
                .param("p", personId).update();
    }

    public Optional<Selection> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE s.id = :id").param("id", id).query(this::map).optional();
    }

    private static final String SELECT = """
            SELECT s.*, coalesce((SELECT array_agg(d.reference ORDER BY d.reference) FROM external_selection_dossier sd
                   JOIN dossier d ON d.id = sd.dossier_id WHERE sd.selection_id = s.id), '{}') AS refs
            FROM external_selection s""";

    private Selection map(ResultSet rs, int n) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        return new Selection(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                Kind.valueOf(rs.getString("kind")), rs.getString("purpose"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class), rs.getObject("created_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(), ended == null ? null : ended.toInstant(),
                List.of((String[]) rs.getArray("refs").getArray()));
    }

    private static StaffPrincipal requireFg() {
        StaffPrincipal me = CurrentStaff.get();
        if (!me.has(Role.DATA_PROTECTION_OFFICER)) {
            throw new AccessDeniedException("selections");
        }
        return me;
    }
}
