package nl.vangnet.dossier;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.person.Persons;
import nl.vangnet.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys a dossier: its content in every module ({@link DossierContent}), its own rows, and the records of its
 * persons who are in no other dossier, in the caller's transaction. The access log is left as it is (its entries hold
 * ids, not content). The caller decides who may destroy and logs it; this class checks nothing.
 */
@Service
public class DossierDestruction {

    private final JdbcClient jdbc;
    private final ObjectProvider<DossierContent> contents;
    private final Persons persons;

    DossierDestruction(JdbcClient jdbc, ObjectProvider<DossierContent> contents, Persons persons) {
        this.jdbc = jdbc;
        this.contents = contents;
        this.persons = persons;
    }

    /** What was destroyed: the dossier's reference, the persons whose records went, and the persons kept. */
    public record Destroyed(String reference, Set<UUID> personsDestroyed, Set<UUID> personsKept) {
    }

    /** A closed dossier whose retention period ended. */
    public record PastRetention(UUID dossierId, String reference, LocalDate retentionUntil) {
    }

    /** The closed dossiers whose retention end lies before {@code today}, oldest end first. */
    public List<PastRetention> pastRetention(LocalDate today) {
        return jdbc.sql("""
                SELECT id, reference, retention_until FROM dossier
                WHERE status = 'CLOSED' AND retention_until < :today ORDER BY retention_until, reference""")
                .param("today", today)
                .query((rs, n) -> new PastRetention(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getObject("retention_until", LocalDate.class))).list();
    }

    /** The dossier's reference (empty when there is no such dossier). */
    public Optional<String> referenceOf(UUID dossierId) {
        return jdbc.sql("SELECT reference FROM dossier WHERE id = :d").param("d", dossierId).query(String.class).optional();
    }

    /** The reference and persons of the dossier, before it is destroyed (empty when there is no such dossier). */
    public Set<UUID> personsOf(UUID dossierId) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT person_id FROM dossier_person WHERE dossier_id = :d")
                .param("d", dossierId).query(UUID.class).list());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Destroyed destroy(UUID dossierId) {
        String reference = jdbc.sql("SELECT reference FROM dossier WHERE id = :d FOR UPDATE").param("d", dossierId)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("Dit dossier bestaat niet."));
        Set<UUID> all = personsOf(dossierId);
        Set<UUID> gone = new HashSet<>(jdbc.sql("""
                SELECT DISTINCT p.person_id FROM dossier_person p WHERE p.dossier_id = :d
                AND NOT EXISTS (SELECT 1 FROM dossier_person o WHERE o.person_id = p.person_id AND o.dossier_id <> :d)
                AND NOT EXISTS (SELECT 1 FROM dossier_change c WHERE c.person_id = p.person_id AND c.dossier_id <> :d)""")
                .param("d", dossierId).query(UUID.class).list());
        Set<UUID> kept = new HashSet<>(all);
        kept.removeAll(gone);
        Set<UUID> goneView = Set.copyOf(gone);
        contents.orderedStream().forEach(content -> content.destroy(dossierId, goneView));
        for (String sql : List.of(
                "DELETE FROM own_statement WHERE dossier_id = :d",
                "DELETE FROM dossier_change WHERE dossier_id = :d",
                "DELETE FROM dossier_person WHERE dossier_id = :d",
                "DELETE FROM dossier_assignment WHERE dossier_id = :d",
                "DELETE FROM consultation WHERE dossier_id = :d",
                "DELETE FROM emergency_access WHERE dossier_id = :d",
                "DELETE FROM dossier WHERE id = :d")) {
            jdbc.sql(sql).param("d", dossierId).update();
        }
        persons.destroy(goneView);
        return new Destroyed(reference, goneView, Set.copyOf(kept));
    }
}
