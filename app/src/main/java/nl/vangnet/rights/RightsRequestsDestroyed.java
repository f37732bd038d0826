package nl.vangnet.rights;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.DossierContent;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A destroyed dossier's rights requests go with it (the destruction record keeps the fact). */
@Component
@Order(DossierContent.ORDER_FIRST + 0)
class RightsRequestsDestroyed implements DossierContent {

    private final JdbcClient jdbc;

    RightsRequestsDestroyed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void destroy(UUID dossierId, Set<UUID> personIds) {
        List<UUID> persons = personIds.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(personIds);
        for (String sql : List.of(
                "DELETE FROM rights_request WHERE dossier_id = :d OR person_id IN (:p)"
        )) {
            jdbc.sql(sql).param("d", dossierId).param("p", persons).update();
        }
    }
}
