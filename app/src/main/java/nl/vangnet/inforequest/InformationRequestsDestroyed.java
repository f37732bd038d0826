package nl.vangnet.inforequest;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.DossierContent;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A destroyed dossier's information requests, their versions, passages and persons go with it. */
@Component
@Order(DossierContent.ORDER_FIRST + 20)
class InformationRequestsDestroyed implements DossierContent {

    private final JdbcClient jdbc;

    InformationRequestsDestroyed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void destroy(UUID dossierId, Set<UUID> personIds) {
        List<UUID> persons = personIds.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(personIds);
        for (String sql : List.of(
                """
                DELETE FROM information_request_passage WHERE version_id IN (SELECT v.id FROM information_request_version v
                    JOIN information_request r ON r.id = v.request_id WHERE r.dossier_id = :d)""",
                "DELETE FROM information_request_version WHERE request_id IN (SELECT id FROM information_request WHERE dossier_id = :d)",
                """
                DELETE FROM information_request_person WHERE person_id IN (:p)
                    OR request_id IN (SELECT id FROM information_request WHERE dossier_id = :d)""",
                "DELETE FROM information_request WHERE dossier_id = :d"
        )) {
            jdbc.sql(sql).param("d", dossierId).param("p", persons).update();
        }
    }
}
