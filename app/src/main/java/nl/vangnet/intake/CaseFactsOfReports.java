package nl.vangnet.intake;

import java.util.List;
import java.util.UUID;
import nl.vangnet.dossier.CaseFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The types of violence and the concerns of a dossier's reports, for the top of its page. */
@Component
class CaseFactsOfReports implements CaseFacts {

    private final JdbcClient jdbc;

    CaseFactsOfReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Facts factsOf(UUID dossierId) {
        List<String> types = jdbc.sql("""
                SELECT DISTINCT unnest(violence_types) FROM report WHERE dossier_id = :d ORDER BY 1""")
                .param("d", dossierId).query(String.class).list();
        List<String> concerns = jdbc.sql("SELECT concern FROM report WHERE dossier_id = :d ORDER BY received_at")
                .param("d", dossierId).query(String.class).list();
        return new Facts(types, concerns);
    }
}
