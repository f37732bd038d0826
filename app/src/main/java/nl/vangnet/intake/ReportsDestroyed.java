package nl.vangnet.intake;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.DossierContent;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A destroyed dossier's reports, their persons and corrections go with it, and the advice requests that led only to them. */
@Component
@Order(DossierContent.ORDER_FIRST + 100)
class ReportsDestroyed implements DossierContent {

    private final JdbcClient jdbc;

    ReportsDestroyed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void destroy(UUID dossierId, Set<UUID> personIds) {
        List<UUID> persons = personIds.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(personIds);
        List<UUID> adviceRequests = jdbc.sql("""
                SELECT DISTINCT r.advice_request_id FROM report r WHERE r.dossier_id = :d AND r.advice_request_id IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM report o WHERE o.advice_request_id = r.advice_request_id AND o.dossier_id <> :d)""")
                .param("d", dossierId).query(UUID.class).list();
        for (String sql : List.of(
                "DELETE FROM report_correction WHERE report_id IN (SELECT id FROM report WHERE dossier_id = :d)",
                "DELETE FROM report_person WHERE person_id IN (:p) OR report_id IN (SELECT id FROM report WHERE dossier_id = :d)",
                "DELETE FROM report WHERE dossier_id = :d")) {
            jdbc.sql(sql).param("d", dossierId).param("p", persons).update();
        }
        if (!adviceRequests.isEmpty()) {
            for (String sql : List.of(
                    "DELETE FROM advice_contact WHERE advice_request_id IN (:a)",
                    "DELETE FROM advice_request_person WHERE advice_request_id IN (:a)",
                    "DELETE FROM advice_request WHERE id IN (:a)")) {
                jdbc.sql(sql).param("a", adviceRequests).update();
            }
        }
        jdbc.sql("DELETE FROM advice_request_person WHERE person_id IN (:p)").param("p", persons).update();
    }
}
