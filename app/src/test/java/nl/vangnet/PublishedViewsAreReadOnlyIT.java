package nl.vangnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The views a module publishes for the others are read, never written, by the running application. */
@IntegrationTest
class PublishedViewsAreReadOnlyIT {

    @Autowired JdbcClient jdbc;

    @Test
    void theRuntimeRoleReadsEveryPublishedViewAndWritesNone() {
        List<String> published = EachModuleKeepsToItsOwnTablesTest.owners().entrySet().stream()
                .filter(e -> e.getValue().published()).map(Map.Entry::getKey).toList();
        assertThat(published).contains("dossier_ref", "dossier_worker", "staff_name", "team_name", "report_due");
        for (String view : published) {
            for (String privilege : List.of("INSERT", "UPDATE", "DELETE")) {
                assertThat(jdbc.sql("SELECT has_table_privilege(current_user, :v, :p)").param("v", view)
                        .param("p", privilege).query(Boolean.class).single())
                        .as("%s on %s", privilege, view).isFalse();
            }
            assertThat(jdbc.sql("SELECT has_table_privilege(current_user, :v, 'SELECT')").param("v", view)
                    .query(Boolean.class).single()).as("SELECT on %s", view).isTrue();
        }
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO dossier_worker (dossier_id, user_id) VALUES (:d, :u)")
                .param("d", UUID.randomUUID()).param("u", UUID.randomUUID()).update())
                .rootCause().hasMessageContaining("permission denied");
    }
}
