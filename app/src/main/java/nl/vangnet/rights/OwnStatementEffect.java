package nl.vangnet.rights;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.OwnStatements;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A granted own statement request adds the person's statement, as it came with the request, to the dossier, with
 * what it disputes ({@link OwnStatements}: shown with the disputed data in every view and in the copy).
 */
@Component
class OwnStatementEffect implements RightEffect {

    private final JdbcClient jdbc;
    private final OwnStatements statements;

    OwnStatementEffect(JdbcClient jdbc, OwnStatements statements) {
        this.jdbc = jdbc;
        this.statements = statements;
    }

    @Override
    public Set<RightKind> kinds() {
        return Set.of(RightKind.OWN_STATEMENT);
    }

    @Override
    public void granted(RightsRequestView request, RightsRequestStatus outcome, String reasons, LocalDate decidedOn) {
        jdbc.sql("SELECT statement_text, disputes, disputed_id FROM rights_request WHERE id = :id").param("id", request.id())
                .query((rs, n) -> statements.add(request.dossierId(), request.personId(), request.id(),
                        rs.getString("statement_text"), OwnStatements.Disputes.valueOf(rs.getString("disputes")),
                        rs.getObject("disputed_id", UUID.class)))
                .single();
    }
}
