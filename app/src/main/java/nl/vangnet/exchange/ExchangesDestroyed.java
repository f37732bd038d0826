package nl.vangnet.exchange;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.DossierContent;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A destroyed dossier's VIR signals and region transfers go with it (the register of disclosures is the disclosure module's). */
@Component
@Order(DossierContent.ORDER_FIRST + 10)
class ExchangesDestroyed implements DossierContent {

    private final JdbcClient jdbc;

    ExchangesDestroyed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void destroy(UUID dossierId, Set<UUID> personIds) {
        List<UUID> persons = personIds.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(personIds);
        for (String sql : List.of(
                "DELETE FROM vir_signal WHERE dossier_id = :d OR person_id IN (:p)",
                "DELETE FROM region_transfer WHERE dossier_id = :d"
        )) {
            jdbc.sql(sql).param("d", dossierId).param("p", persons).update();
        }
    }
}
