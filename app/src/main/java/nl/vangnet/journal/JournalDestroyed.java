package nl.vangnet.journal;

import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.DossierContent;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A destroyed dossier's journal goes with it. The journal is append-only for the runtime role (afterMigrate.sql); the one way to remove it is {@code journal_destroy_dossier} (V38: SECURITY DEFINER, only the entries of one dossier and their persons). */
@Component
@Order(DossierContent.ORDER_FIRST + 80)
class JournalDestroyed implements DossierContent {

    private final JdbcClient jdbc;

    JournalDestroyed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void destroy(UUID dossierId, Set<UUID> personIds) {
        jdbc.sql("SELECT 1 FROM journal_destroy_dossier(:d)").param("d", dossierId).query(Integer.class).list();
    }
}
