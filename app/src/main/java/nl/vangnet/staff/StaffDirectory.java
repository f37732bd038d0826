package nl.vangnet.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.Installation;
import nl.vangnet.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff members, service accounts and teams. Every change that must end existing sessions raises the stamp. */
@Service
public class StaffDirectory {

    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 128;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    StaffDirectory(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public Optional<StaffUser> findById(UUID id) {
        return load("WHERE u.id = :key", id).stream().findFirst();
    }

    public Optional<StaffUser> findByUsername(String username) {
        return load("WHERE u.username = :key", normalise(username)).stream().findFirst();
    }

    public List<StaffUser> all() {
        return load("", null);
    }

    public List<Team> teams() {
        return jdbc.sql("SELECT id, name FROM team ORDER BY name")
                .query((rs, n) -> new Team(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    public boolean hasPersons() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_user WHERE kind = 'PERSON')").query(Boolean.class).single();
    }

    @Transactional
    public Team createTeam(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.length() < 2 || trimmed.length() > 100) {
            throw new BusinessRuleException("name", "Geef het team een naam van 2 tot 100 tekens.");
        }
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM team WHERE lower(name) = lower(:n))").param("n", trimmed)
                .query(Boolean.class).single()) {
            throw new BusinessRuleException("name", "Er bestaat al een team met deze naam.");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO team (id, name, created_at) VALUES (:id, :name, :now)")
                .param("id", id).param("name", trimmed).param("now", Timestamp.from(clock.instant())).update();
        return new Team(id, trimmed);
    }

    @Transactional
    public StaffUser createPerson(NewStaffMember member) {
        refuseExternal(member.roles());
        validateNew(member.username(), member.displayName(), member.roles(), member.teamIds());
        checkPassword(member.username(), member.initialPassword(), "initialPassword");
        UUID id = insertUser(member.username(), member.displayName(), StaffKind.PERSON,
                passwordEncoder.encode(member.initialPassword()), member.passwordChangeRequired());
        writeRolesAndTeams(id, member.roles(), member.teamIds());
        return findById(id).orElseThrow();
    }

    @Transactional
    public StaffUser createServiceAccount(String username, String displayName, Set<Role> roles) {
        refuseExternal(roles);
        validateNew(username, displayName, roles, Set.of());
        UUID id = insertUser(username, displayName, StaffKind.SERVICE_ACCOUNT, null, false);
        writeRolesAndTeams(id, roles, Set.of());
        return findById(id).orElseThrow();
    }

    /** New roles or teams take effect at the next login: existing sessions and tokens of the user end. */
    @Transactional
    public void changeRolesAndTeams(UUID id, Set<Role> roles, Set<UUID> teamIds) {
        StaffUser user = require(id);
        if (roles == null || roles.isEmpty()) {
            throw new BusinessRuleException("roles", "Kies ten minste één rol.");
        }
        refuseExternal(roles);
        if (user.roles().stream().anyMatch(Role::external)) {
            throw new BusinessRuleException("roles", "De rol van een extern account verandert niet: maak zo nodig een nieuw account.");
        }
        checkTeams(teamIds);
        jdbc.sql("DELETE FROM staff_user_role WHERE user_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM staff_user_team WHERE user_id = :id").param("id", id).update();
        writeRolesAndTeams(user.id(), roles, teamIds);
        raiseStamp(id);
    }

    /** Disabling ends every session and revokes every token of the user at once. */
    @Transactional
    public void disable(UUID id, UUID byWhom) {
        require(id);
        if (id.equals(byWhom)) {
            throw new BusinessRuleException("U kunt uw eigen account niet blokkeren.");
        }
        jdbc.sql("UPDATE staff_user SET enabled = false, disabled_at = :now, security_stamp = security_stamp + 1 WHERE id = :id")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
        jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE user_id = :id AND revoked_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
    }

    @Transactional
    public void enable(UUID id) {
        require(id);
        jdbc.sql("UPDATE staff_user SET enabled = true, disabled_at = NULL WHERE id = :id").param("id", id).update();
    }

    /** The user enrols a new second factor at the next login; current sessions end. */
    @Transactional
    public void resetSecondFactor(UUID id) {
        StaffUser user = require(id);
        if (user.kind() != StaffKind.PERSON) {
            throw new BusinessRuleException("Een serviceaccount heeft geen tweede factor.");
        }
        jdbc.sql("UPDATE staff_user SET totp_secret = NULL, totp_last_step = NULL, security_stamp = security_stamp + 1 WHERE id = :id")
                .param("id", id).update();
    }

    @Transactional
    public void changePassword(UUID id, String newPassword) {
        StaffUser user = require(id);
        checkPassword(user.username(), newPassword, "newPassword");
        jdbc.sql("UPDATE staff_user SET password_hash = :h, password_change_required = false WHERE id = :id")
                .param("h", passwordEncoder.encode(newPassword)).param("id", id).update();
    }

    /**
     * Gives a user a known second-factor secret. Only on a demo database: the demo's published secret must never
     * exist where real data is.
     */
    @Transactional
    public void setDemoSecondFactor(UUID id, String secret, Installation installation) {
        if (!installation.demo()) {
            throw new IllegalStateException("Known second-factor secrets exist only in the demo");
        }
        jdbc.sql("UPDATE staff_user SET totp_secret = :s WHERE id = :id").param("s", secret).param("id", id).update();
    }

    /** Acts as a demo user while seeding the demo; refused on any other database. */
    public StaffPrincipal demoPrincipal(String username, Installation installation) {
        if (!installation.demo()) {
            throw new IllegalStateException("Acting as another user exists only in the demo");
        }
        return principal(findByUsername(username).orElseThrow().id(), clock.instant(), null);
    }

    /** Builds the principal for a session or token from the user's current state in the database. */
    StaffPrincipal principal(UUID id, Instant authenticatedAt, UUID tokenId) {
        StaffUser user = require(id);
        return new StaffPrincipal(user.id(), user.username(), user.displayName(), user.kind(), Set.copyOf(user.roles()),
                Set.copyOf(user.teamIds()), user.securityStamp(), authenticatedAt, tokenId);
    }

    /** Whether a session issued for this stamp may still act, and whether it must first change the password. */
    SessionState sessionState(UUID id, int securityStamp) {
        return jdbc.sql("SELECT u.enabled AND u.security_stamp = :s AND " + ExternalAccounts.WITHIN_TIME_BOX
                        + " AS valid, u.password_change_required FROM staff_user u WHERE u.id = :id")
                .param("id", id).param("s", securityStamp).param("today", DutchTime.today(clock))
                .query((rs, n) -> !rs.getBoolean("valid") ? SessionState.ENDED
                        : rs.getBoolean("password_change_required") ? SessionState.PASSWORD_CHANGE_REQUIRED
                        : SessionState.VALID)
                .optional().orElse(SessionState.ENDED);
    }

    Optional<LoginRecord> loginRecord(String username) {
        return jdbc.sql("SELECT u.id, u.password_hash, u.totp_secret, u.totp_last_step, u.enabled AND "
                        + ExternalAccounts.WITHIN_TIME_BOX + " AS enabled, u.password_change_required FROM staff_user u "
                        + "WHERE u.username = :u AND u.kind = 'PERSON'")
                .param("u", normalise(username)).param("today", DutchTime.today(clock))
                .query((rs, n) -> new LoginRecord(rs.getObject("id", UUID.class), rs.getString("password_hash"),
                        rs.getString("totp_secret"), (Long) rs.getObject("totp_last_step"), rs.getBoolean("enabled"),
                        rs.getBoolean("password_change_required")))
                .optional();
    }

    Optional<LoginRecord> loginRecord(UUID id) {
        return findById(id).flatMap(u -> loginRecord(u.username()));
    }

    void enrolSecondFactor(UUID id, String secret, long step) {
        jdbc.sql("UPDATE staff_user SET totp_secret = :s, totp_last_step = :step WHERE id = :id AND totp_secret IS NULL")
                .param("s", secret).param("step", step).param("id", id).update();
    }

    /** Records the time step of an accepted code; false when it (or a later one) was used before: a replay. */
    boolean useTimeStep(UUID id, long step) {
        return jdbc.sql("UPDATE staff_user SET totp_last_step = :step WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)")
                .param("step", step).param("id", id).update() == 1;
    }

    static void checkPassword(String username, String password, String field) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new BusinessRuleException(field, "Een wachtwoord heeft ten minste " + MIN_PASSWORD_LENGTH + " tekens.");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw new BusinessRuleException(field, "Een wachtwoord heeft ten hoogste " + MAX_PASSWORD_LENGTH + " tekens.");
        }
        if (username != null && password.toLowerCase().contains(normalise(username))) {
            throw new BusinessRuleException(field, "Het wachtwoord mag de gebruikersnaam niet bevatten.");
        }
        if (password.chars().distinct().count() < 5) {
            throw new BusinessRuleException(field, "Het wachtwoord is te eenvoudig: gebruik meer verschillende tekens.");
        }
    }

    private StaffUser require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("Deze gebruiker bestaat niet."));
    }

    private void validateNew(String username, String displayName, Set<Role> roles, Set<UUID> teamIds) {
        String u = normalise(username);
        if (!u.matches("^[a-z0-9][a-z0-9._-]{1,62}$")) {
            throw new BusinessRuleException("username",
                    "Een gebruikersnaam heeft 2 tot 63 tekens: kleine letters, cijfers, punt, streepje of liggend streepje.");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new BusinessRuleException("displayName", "Vul een naam in (ten hoogste 200 tekens).");
        }
        if (roles == null || roles.isEmpty()) {
            throw new BusinessRuleException("roles", "Kies ten minste één rol.");
        }
        checkTeams(teamIds);
        if (findByUsername(u).isPresent()) {
            throw new BusinessRuleException("username", "Deze gebruikersnaam is al in gebruik.");
        }
    }

    /** An external party's account, in no team and with its one external role (see {@link ExternalAccounts}). */
    UUID createExternalPerson(String username, String displayName, String initialPassword, Role role) {
        validateNew(username, displayName, Set.of(role), Set.of());
        checkPassword(username, initialPassword, "initialPassword");
        UUID id = insertUser(username, displayName, StaffKind.PERSON, passwordEncoder.encode(initialPassword), true);
        writeRolesAndTeams(id, Set.of(role), Set.of());
        return id;
    }

    private static void refuseExternal(Set<Role> roles) {
        if (roles != null && roles.stream().anyMatch(Role::external)) {
            throw new BusinessRuleException("roles", "Een externe rol (onderzoeker, accountant, inspectie, ombudsman) krijgt "
                    + "een account via Externe toegang, met VOG, geheimhoudingsverklaring en geldigheidsduur.");
        }
    }

    private void checkTeams(Set<UUID> teamIds) {
        if (teamIds == null || teamIds.isEmpty()) {
            return;
        }
        long known = jdbc.sql("SELECT count(*) FROM team WHERE id IN (:ids)").param("ids", teamIds).query(Long.class).single();
        if (known != teamIds.size()) {
            throw new BusinessRuleException("teams", "Een gekozen team bestaat niet.");
        }
    }

    private UUID insertUser(String username, String displayName, StaffKind kind, String passwordHash, boolean changeRequired) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO staff_user (id, username, display_name, kind, password_hash, password_change_required, created_at)
                VALUES (:id, :u, :d, :k, :h, :c, :now)""")
                .param("id", id).param("u", normalise(username)).param("d", displayName.strip()).param("k", kind.name())
                .param("h", passwordHash).param("c", changeRequired)
                .param("now", Timestamp.from(clock.instant())).update();
        return id;
    }

    private void writeRolesAndTeams(UUID id, Collection<Role> roles, Collection<UUID> teamIds) {
        for (Role role : roles) {
            jdbc.sql("INSERT INTO staff_user_role (user_id, role) VALUES (:id, :r)").param("id", id).param("r", role.name()).update();
        }
        for (UUID team : teamIds == null ? Set.<UUID>of() : teamIds) {
            jdbc.sql("INSERT INTO staff_user_team (user_id, team_id) VALUES (:id, :t)").param("id", id).param("t", team).update();
        }
    }

    private void raiseStamp(UUID id) {
        jdbc.sql("UPDATE staff_user SET security_stamp = security_stamp + 1 WHERE id = :id").param("id", id).update();
    }

    private List<StaffUser> load(String where, Object key) {
        var spec = jdbc.sql("""
                SELECT u.id, u.username, u.display_name, u.kind, u.enabled, u.totp_secret IS NOT NULL AS enrolled,
                       u.password_change_required, u.security_stamp, u.created_at,
                       coalesce((SELECT array_agg(r.role) FROM staff_user_role r WHERE r.user_id = u.id), '{}') AS roles,
                       coalesce((SELECT array_agg(t.team_id) FROM staff_user_team t WHERE t.user_id = u.id), '{}') AS teams
                FROM staff_user u %s ORDER BY u.display_name, u.username""".formatted(where));
        if (key != null) {
            spec = spec.param("key", key);
        }
        return spec.query(StaffDirectory::mapUser).list();
    }

    private static StaffUser mapUser(ResultSet rs, int n) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object r : (Object[]) rs.getArray("roles").getArray()) {
            roles.add(Role.valueOf((String) r));
        }
        Set<UUID> teams = new HashSet<>();
        for (Object t : (Object[]) rs.getArray("teams").getArray()) {
            teams.add((UUID) t);
        }
        return new StaffUser(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                StaffKind.valueOf(rs.getString("kind")), rs.getBoolean("enabled"), roles, teams,
                rs.getBoolean("enrolled"), rs.getBoolean("password_change_required"), rs.getInt("security_stamp"),
                rs.getTimestamp("created_at").toInstant());
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public Map<UUID, String> teamNames() {
        Map<UUID, String> names = new HashMap<>();
        teams().forEach(t -> names.put(t.id(), t.name()));
        return names;
    }

    record LoginRecord(UUID id, String passwordHash, String totpSecret, Long totpLastStep, boolean enabled,
            boolean passwordChangeRequired) {
        @Override
        public String toString() {
            return "LoginRecord[" + id + "]";
        }
    }

    public record NewStaffMember(String username, String displayName, String initialPassword, Set<Role> roles,
            Set<UUID> teamIds, boolean passwordChangeRequired) {
        @Override
        public String toString() {
            return "NewStaffMember[" + username + "]";
        }
    }
}
