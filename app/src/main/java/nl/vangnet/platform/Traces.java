package nl.vangnet.platform;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's short-lived copies of what passed through it: stored answers to idempotent requests (24 hours) and
 * event publications (until 7 days after completion). A destroyed dossier's ids may occur in them, with whatever the
 * answer or event held: {@link #forgetMentioning} removes every such copy, in the destruction's transaction.
 */
@Component
public class Traces {

    private final JdbcClient jdbc;

    Traces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void forgetMentioning(Collection<UUID> ids) {
        for (UUID id : ids) {
            jdbc.sql("""
                    DELETE FROM idempotent_request WHERE position(:id IN coalesce(location, '')) > 0
                        OR position(:bytes IN coalesce(body, ''::bytea)) > 0""")
                    .param("id", id.toString()).param("bytes", id.toString().getBytes(StandardCharsets.UTF_8)).update();
            jdbc.sql("DELETE FROM event_publication WHERE position(:id IN serialized_event) > 0").param("id", id.toString()).update();
        }
    }
}
