package nl.vangnet.letter;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.DossierContent;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A destroyed dossier's letters go with it (their PDFs are documents: the document module's). */
@Component
@Order(DossierContent.ORDER_FIRST + 40)
class LettersDestroyed implements DossierContent {

    private final JdbcClient jdbc;

    LettersDestroyed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void destroy(UUID dossierId, Set<UUID> personIds) {
        List<UUID> persons = personIds.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(personIds);
        for (String sql : List.of(
                "DELETE FROM letter WHERE dossier_id = :d OR addressee_person_id IN (:p)"
        )) {
            jdbc.sql(sql).param("d", dossierId).param("p", persons).update();
        }
    }
}
