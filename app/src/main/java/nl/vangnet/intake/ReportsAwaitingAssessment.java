package nl.vangnet.intake;

import java.util.List;
import java.util.UUID;
import nl.vangnet.dossier.OpenWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A report not yet assessed keeps its dossier open. */
@Component
class ReportsAwaitingAssessment implements OpenWork {

    private final JdbcClient jdbc;

    ReportsAwaitingAssessment(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> openWorkIn(UUID dossierId) {
        return jdbc.sql("SELECT reference FROM report WHERE dossier_id = :d AND status IN ('TO_VERIFY', 'AWAITING_ASSESSMENT') ORDER BY received_at")
                .param("d", dossierId).query(String.class).list().stream()
                .map(ref -> "melding " + ref + " wacht nog op de veiligheidsbeoordeling").toList();
    }
}
