package nl.vangnet.accesslog;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the role the application runs as could change the access log: it must be able to append
 * and read, never to update, delete or truncate, and must not own the table. This catches an external database
 * where the runtime and the owner role were not separated (see README).
 */
@Component
class AppendOnlyGuard implements SmartInitializingSingleton {

    private final JdbcClient jdbc;

    AppendOnlyGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Boolean appendOnly = jdbc.sql("""
                SELECT has_table_privilege(current_user, 'access_log_entry', 'INSERT')
                   AND has_table_privilege(current_user, 'access_log_entry', 'SELECT')
                   AND NOT has_table_privilege(current_user, 'access_log_entry', 'UPDATE')
                   AND NOT has_table_privilege(current_user, 'access_log_entry', 'DELETE')
                   AND NOT has_table_privilege(current_user, 'access_log_entry', 'TRUNCATE')
                   AND NOT pg_has_role(current_user, (SELECT tableowner FROM pg_tables WHERE tablename = 'access_log_entry' AND schemaname = current_schema()), 'USAGE')
                   AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)""")
                .query(Boolean.class).single();
        if (!Boolean.TRUE.equals(appendOnly)) {
            throw new IllegalStateException("The database role the application runs as can change or owns the access log. "
                    + "Run the application as a separate runtime role and the migrations as the owner (spring.flyway.user); see README.");
        }
    }
}
