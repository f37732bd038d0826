package nl.vangnet.research;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.ExternalSelections;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The persons who object to research use of their data (a granted objection, AVG art. 21): left out of every research
 * selection, the ones that exist now (their dossiers taken out) and the ones made later, and out of every export.
 */
@Service
public class ResearchObjections {

    private final JdbcClient jdbc;
    private final ExternalSelections selections;
    private final Clock clock;

    ResearchObjections(JdbcClient jdbc, ExternalSelections selections, Clock clock) {
        this.jdbc = jdbc;
        this.selections = selections;
        this.clock = clock;
    }

    /** Records the granted objection of the person (once) and takes their dossiers out of every research selection. */
    @Transactional
    public void record(UUID personId, UUID rightsRequestId, LocalDate grantedOn) {
        jdbc.sql("""
                INSERT INTO research_objection (person_id, rights_request_id, granted_on, recorded_at)
                VALUES (:p, :r, :on, :now) ON CONFLICT (person_id) DO NOTHING""")
                .param("p", personId).param("r", rightsRequestId).param("on", grantedOn)
                .param("now", Timestamp.from(clock.instant())).update();
        selections.leaveOutOfResearch(personId);
    }

    /** Which of these persons object to research use. */
    public Set<UUID> objecting(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT person_id FROM research_objection WHERE person_id IN (:ids)")
                .param("ids", personIds).query(UUID.class).list());
    }
}
