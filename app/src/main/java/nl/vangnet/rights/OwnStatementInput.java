package nl.vangnet.rights;

import java.util.UUID;
import nl.vangnet.dossier.OwnStatements;
import nl.vangnet.platform.Checks;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What an own statement request brings: the statement and what it disputes (checked at take-in, kept with it). */
record OwnStatementInput(String statement, OwnStatements.Disputes disputes, UUID disputedId) {

    static OwnStatementInput check(Checks v, RightKind kind, RightsInput.NewRequest in) {
        if (kind != RightKind.OWN_STATEMENT) {
            return new OwnStatementInput(null, null, null);
        }
        String statement = v.required("statement", in.statement(), "Vul de verklaring van de persoon in zoals die bij "
                + "het dossier moet komen.");
        v.max("statement", statement, Checks.MAX_TEXT);
        OwnStatements.Disputes disputes = v.enumValue("contests", in.contests(), OwnStatements.Disputes.class,
                "Kies wat de verklaring betwist: de gegevens van de persoon, een aantekening, een document of een melding.",
                false);
        disputes = disputes == null ? OwnStatements.Disputes.PERSON_DATA : disputes;
        UUID disputedId = v.id("contestedId", in.contestedId(), disputes == OwnStatements.Disputes.PERSON_DATA ? null
                : "Kies welke aantekening, welk document of welke melding de verklaring betwist.");
        return new OwnStatementInput(statement, disputes,
                disputes == OwnStatements.Disputes.PERSON_DATA ? null : disputedId);
    }

    void store(JdbcClient jdbc, UUID requestId) {
        if (statement == null) {
            return;
        }
        jdbc.sql("UPDATE rights_request SET statement_text = :s, disputes = :d, disputed_id = :id WHERE id = :r")
                .param("s", statement).param("d", disputes.name()).param("id", disputedId).param("r", requestId).update();
    }
}
