package nl.vangnet.staff;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.Installation;
import nl.vangnet.platform.InstallationMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh live installation has no user and no default password. At startup it prints a one-time setup token; with
 * it, {@code /setup} creates the first administrator (applicatiebeheer), after which setup is closed for good.
 */
@Service
public class FirstAdministratorSetup implements SmartInitializingSingleton {

    static final Duration TOKEN_VALIDITY = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(FirstAdministratorSetup.class);

    private final JdbcClient jdbc;
    private final StaffDirectory directory;
    private final Installation installation;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FirstAdministratorSetup(JdbcClient jdbc, StaffDirectory directory, Installation installation,
            ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.installation = installation;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        boolean hasStaff = directory.hasPersons();
        InstallationMode mode = transactions.execute(s -> installation.claim(hasStaff));
        events.publishEvent(new InstallationClaimed(mode, hasStaff));
        if (mode == InstallationMode.LIVE && !directory.hasPersons()) {
            String token = transactions.execute(s -> newSetupToken());
            log.warn("No staff member exists yet. One-time setup token (valid 24 hours, replaced at every restart "
                    + "until used): {}  Open /setup in the browser to create the first administrator.", token);
        }
    }

    public boolean open() {
        return !directory.hasPersons();
    }

    /** Creates the first administrator with the setup token; refused once anyone exists. */
    @Transactional
    public StaffUser createFirstAdministrator(String token, String username, String displayName, String password) {
        Boolean valid = jdbc.sql("SELECT token_hash = :h AND expires_at > :now FROM setup_token WHERE id = 1 FOR UPDATE")
                .param("h", ApiTokens.hash(token == null ? "" : token.strip()))
                .param("now", Timestamp.from(clock.instant()))
                .query(Boolean.class).optional().orElse(false);
        if (!valid || !open()) {
            throw new BusinessRuleException("token", "De setup-token is onjuist of verlopen, of de installatie is al ingericht.");
        }
        Team team = directory.teams().stream().findFirst().orElseGet(() -> directory.createTeam("Applicatiebeheer"));
        StaffUser admin = directory.createPerson(new StaffDirectory.NewStaffMember(username, displayName, password,
                EnumSet.of(Role.APPLICATION_ADMIN), Set.of(team.id()), false));
        jdbc.sql("DELETE FROM setup_token").update();
        return admin;
    }

    String newSetupToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                INSERT INTO setup_token (id, token_hash, expires_at) VALUES (1, :h, :e)
                ON CONFLICT (id) DO UPDATE SET token_hash = excluded.token_hash, expires_at = excluded.expires_at""")
                .param("h", ApiTokens.hash(token)).param("e", Timestamp.from(clock.instant().plus(TOKEN_VALIDITY)))
                .update();
        return token;
    }
}
