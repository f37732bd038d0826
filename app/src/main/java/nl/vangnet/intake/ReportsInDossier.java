package nl.vangnet.intake;

import java.util.List;
import java.util.UUID;
import nl.vangnet.dossier.DossierParts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reports of a dossier, for its page. */
@Component
class ReportsInDossier implements DossierParts {

    private final JdbcClient jdbc;

    ReportsInDossier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Part> partsOf(UUID dossierId) {
        return jdbc.sql("SELECT id, reference, status, classification, received_at FROM report WHERE dossier_id = :d")
                .param("d", dossierId)
                .query((rs, n) -> new Part("report.reference", rs.getString("reference"),
                        "report.status." + rs.getString("status"), "classification." + rs.getString("classification"),
                        "/meldingen/" + rs.getObject("id", UUID.class), rs.getTimestamp("received_at").toInstant()))
                .list();
    }
}
