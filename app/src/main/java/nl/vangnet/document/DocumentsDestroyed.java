package nl.vangnet.document;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.DossierContent;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A destroyed dossier's documents, their content included, go with it. */
@Component
@Order(DossierContent.ORDER_FIRST + 90)
class DocumentsDestroyed implements DossierContent {

    private final JdbcClient jdbc;

    DocumentsDestroyed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void destroy(UUID dossierId, Set<UUID> personIds) {
        List<UUID> persons = personIds.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(personIds);
        for (String sql : List.of(
                "DELETE FROM document_person WHERE person_id IN (:p) OR document_id IN (SELECT id FROM document WHERE dossier_id = :d)",
                "DELETE FROM document WHERE dossier_id = :d"
        )) {
            jdbc.sql(sql).param("d", dossierId).param("p", persons).update();
        }
    }
}
