package nl.vangnet.assessment;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.DossierContent;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A destroyed dossier's assessments (their sources go by cascade) and informing records go with it. */
@Component
@Order(DossierContent.ORDER_FIRST + 60)
class AssessmentsDestroyed implements DossierContent {

    private final JdbcClient jdbc;

    AssessmentsDestroyed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void destroy(UUID dossierId, Set<UUID> personIds) {
        List<UUID> persons = personIds.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(personIds);
        for (String sql : List.of(
                "DELETE FROM informing WHERE report_id IN (SELECT report_id FROM assessment WHERE dossier_id = :d)",
                "DELETE FROM assessment_source WHERE assessment_id IN (SELECT id FROM assessment WHERE dossier_id = :d)",
                "DELETE FROM assessment WHERE dossier_id = :d"
        )) {
            jdbc.sql(sql).param("d", dossierId).param("p", persons).update();
        }
    }
}
