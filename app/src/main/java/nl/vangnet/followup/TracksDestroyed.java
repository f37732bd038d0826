package nl.vangnet.followup;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.DossierContent;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A destroyed dossier's tracks with everything in them, crisis interventions, restraining orders and AWARE go with it. */
@Component
@Order(DossierContent.ORDER_FIRST + 50)
class TracksDestroyed implements DossierContent {

    private final JdbcClient jdbc;

    TracksDestroyed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void destroy(UUID dossierId, Set<UUID> personIds) {
        List<UUID> persons = personIds.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(personIds);
        for (String sql : List.of(
                "DELETE FROM monitoring_check WHERE contact_id IN (SELECT c.id FROM monitoring_contact c JOIN follow_up_track t ON t.id = c.track_id WHERE t.dossier_id = :d)",
                "DELETE FROM monitoring_contact WHERE track_id IN (SELECT id FROM follow_up_track WHERE dossier_id = :d)",
                "DELETE FROM safety_condition WHERE track_id IN (SELECT id FROM follow_up_track WHERE dossier_id = :d)",
                "DELETE FROM investigation_conclusion WHERE track_id IN (SELECT id FROM follow_up_track WHERE dossier_id = :d)",
                "DELETE FROM investigation_conversation WHERE person_id IN (:p) OR track_id IN (SELECT id FROM follow_up_track WHERE dossier_id = :d)",
                "DELETE FROM follow_up_track WHERE dossier_id = :d",
                "DELETE FROM crisis_professional WHERE intervention_id IN (SELECT id FROM crisis_intervention WHERE dossier_id = :d)",
                "DELETE FROM crisis_intervention WHERE dossier_id = :d",
                "DELETE FROM restraining_order_extension WHERE order_id IN (SELECT id FROM restraining_order WHERE dossier_id = :d)",
                "DELETE FROM restraining_order WHERE dossier_id = :d",
                "DELETE FROM aware_application WHERE dossier_id = :d"
        )) {
            jdbc.sql(sql).param("d", dossierId).param("p", persons).update();
        }
    }
}
