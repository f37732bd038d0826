package nl.vangnet.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.FreeText;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The own statements (eigen verklaring, Wmo 2015 art. 5.3.4) of the persons in a dossier: added by a granted rights
 * request, each shown with the data it disputes (the person's registered data, a journal entry, a document, a
 * report) wherever that is shown, and in the person's copy. Not authorised or logged here: the caller reads or writes
 * them with the dossier (need to know, one access-log entry).
 */
@Service
public class OwnStatements {

    /** What a statement disputes. */
    public enum Disputes { PERSON_DATA, JOURNAL_ENTRY, DOCUMENT, REPORT }

    /** One statement: about whom, in which dossier, what it disputes (and its id, but for the person's data). */
    public record OwnStatement(UUID id, UUID dossierId, UUID personId, @FreeText String statement, Disputes disputes,
            UUID disputedId, LocalDate addedOn) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    OwnStatements(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds the statement granted on this rights request to the dossier (in the decision's transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID add(UUID dossierId, UUID personId, UUID rightsRequestId, String statement, Disputes disputes,
            UUID disputedId) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO own_statement (id, dossier_id, person_id, rights_request_id, statement, disputes, disputed_id,
                    added_on, added_by, added_at)
                VALUES (:id, :d, :p, :r, :statement, :disputes, :disputed, :on, :by, :now)""")
                .param("id", id).param("d", dossierId).param("p", personId).param("r", rightsRequestId)
                .param("statement", statement).param("disputes", disputes.name())
                .param("disputed", disputes == Disputes.PERSON_DATA ? null : disputedId)
                .param("on", DutchTime.today(clock)).param("by", CurrentStaff.get().id())
                .param("now", Timestamp.from(now)).update();
        return id;
    }

    /** Every own statement of this person, in every dossier, oldest first (for the person's copy). */
    public List<OwnStatement> about(UUID personId) {
        return jdbc.sql(SELECT + " WHERE person_id = :p ORDER BY added_at, id").param("p", personId)
                .query((rs, n) -> row(rs)).list();
    }

    /** The own statements in this dossier, oldest first. */
    public List<OwnStatement> inDossier(UUID dossierId) {
        return jdbc.sql(SELECT + " WHERE dossier_id = :d ORDER BY added_at, id").param("d", dossierId)
                .query((rs, n) -> row(rs)).list();
    }

    /** The own statements in this dossier that dispute a journal entry, document or report, by the id of what they dispute. */
    public Map<UUID, List<OwnStatement>> byDisputedItem(UUID dossierId) {
        return inDossier(dossierId).stream().filter(s -> s.disputedId() != null)
                .collect(Collectors.groupingBy(OwnStatement::disputedId));
    }

    private static final String SELECT = """
            SELECT id, dossier_id, person_id, statement, disputes, disputed_id, added_on FROM own_statement""";

    private static OwnStatement row(ResultSet rs) throws SQLException {
        return new OwnStatement(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class),
                rs.getObject("person_id", UUID.class), rs.getString("statement"), Disputes.valueOf(rs.getString("disputes")),
                rs.getObject("disputed_id", UUID.class), rs.getObject("added_on", LocalDate.class));
    }
}
