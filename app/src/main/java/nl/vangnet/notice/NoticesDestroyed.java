package nl.vangnet.notice;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.DossierContent;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A destroyed dossier's notices and their extensions go with it. */
@Component
@Order(DossierContent.ORDER_FIRST + 70)
class NoticesDestroyed implements DossierContent {

    private final JdbcClient jdbc;

    NoticesDestroyed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void destroy(UUID dossierId, Set<UUID> personIds) {
        List<UUID> persons = personIds.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(personIds);
        for (String sql : List.of(
                "DELETE FROM dossier_task_extension WHERE task_id IN (SELECT id FROM dossier_task WHERE dossier_id = :d)",
                "DELETE FROM dossier_task WHERE dossier_id = :d"
        )) {
            jdbc.sql(sql).param("d", dossierId).param("p", persons).update();
        }
    }
}
