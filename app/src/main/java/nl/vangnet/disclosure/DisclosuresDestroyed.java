package nl.vangnet.disclosure;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vangnet.dossier.DossierContent;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A destroyed dossier's disclosures go with it, and the destroyed persons leave the register's other entries (a billing export names persons of several dossiers). The register is append-only for the runtime role (afterMigrate.sql); the one way to remove is {@code disclosure_destroy_dossier} (V38: SECURITY DEFINER, only one dossier's entries and the given persons). */
@Component
@Order(DossierContent.ORDER_FIRST + 30)
class DisclosuresDestroyed implements DossierContent {

    private final JdbcClient jdbc;

    DisclosuresDestroyed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void destroy(UUID dossierId, Set<UUID> personIds) {
        String persons = personIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        jdbc.sql("SELECT 1 FROM disclosure_destroy_dossier(:d, CAST(:p AS uuid[]))").param("d", dossierId)
                .param("p", persons).query(Integer.class).list();
    }
}
