package nl.vangnet.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of external parties (DOMAIN.md "Access to a dossier": researchers, the accountant, inspectorates and the
 * ombudsman), created by applicatiebeheer with the VOG and the signed confidentiality statement recorded (when, and
 * checked by the administrator who records it) and always a time box of at most {@value ExternalAccount#MAX_DAYS}
 * days. Outside it the account cannot log in, its sessions end and its tokens do not work ({@link #WITHIN_TIME_BOX});
 * the one access policy also reads the box (view {@code external_account_window}). An external account has one
 * external role, no team, and a second factor as every staff member.
 */
@Service
public class ExternalAccounts {

    /** SQL: the user {@code u} is not an external account outside its time box on {@code :today}. */
    static final String WITHIN_TIME_BOX = "NOT EXISTS (SELECT 1 FROM external_account x WHERE x.user_id = u.id "
            + "AND NOT (CAST(:today AS date) BETWEEN x.valid_from AND x.valid_until))";

    private static final String SELECT = """
            SELECT x.*, u.username, u.display_name, (SELECT r.role FROM staff_user_role r WHERE r.user_id = u.id LIMIT 1) AS role
            FROM external_account x JOIN staff_user u ON u.id = x.user_id
            """;

    private final JdbcClient jdbc;
    private final StaffDirectory directory;
    private final Clock clock;

    ExternalAccounts(JdbcClient jdbc, StaffDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    /** Creates an external account; only applicatiebeheer, who thereby records having checked VOG and statement. */
    @Transactional
    public ExternalAccount create(ExternalAccount.New in) {
        StaffPrincipal me = CurrentStaff.get();
        if (!me.has(Role.APPLICATION_ADMIN)) {
            throw new AccessDeniedException("external accounts");
        }
        LocalDate today = DutchTime.today(clock);
        Checks v = new Checks();
        v.required("username", in.username(), "Vul een gebruikersnaam in.");
        v.required("displayName", in.displayName(), "Vul een naam in.");
        v.required("initialPassword", in.initialPassword(), "Vul een eerste wachtwoord in.");
        Role role = v.enumValue("role", in.role(), Role.class, "Kies de externe rol: onderzoeker, accountant, inspectie of "
                + "(kinder)ombudsman.", true);
        if (role != null && !role.external()) {
            v.reject("role", "Kies de externe rol: onderzoeker, accountant, inspectie of (kinder)ombudsman.");
        }
        String organisation = v.required("organisation", in.organisation(), "Vul de organisatie in.");
        v.max("organisation", organisation, Checks.MAX_SHORT_TEXT);
        LocalDate vog = v.pastDate("vogIssuedOn", in.vogIssuedOn(), today, "Vul de datum van afgifte van de VOG in.");
        LocalDate signed = v.pastDate("confidentialitySignedOn", in.confidentialitySignedOn(), today,
                "Vul in wanneer de geheimhoudingsverklaring is getekend.");
        LocalDate from = v.anyDate("validFrom", in.validFrom(), "Vul in vanaf wanneer het account geldt.");
        LocalDate until = v.anyDate("validUntil", in.validUntil(), "Vul in tot wanneer het account geldt: altijd een einddatum.");
        String timeBox = TimeBox.problem(from, until, today);
        if (timeBox != null && v.ok("validFrom") && v.ok("validUntil")) {
            v.reject("validUntil", timeBox);
        }
        v.throwIfInvalid();
        UUID id = directory.createExternalPerson(in.username(), in.displayName(), in.initialPassword(), role);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO external_account (user_id, organisation, vog_issued_on, vog_checked_by, vog_checked_at,
                    confidentiality_signed_on, confidentiality_checked_by, confidentiality_checked_at, valid_from, valid_until,
                    created_at)
                VALUES (:id, :o, :vog, :me, :now, :signed, :me, :now, :from, :until, :now)""")
                .param("id", id).param("o", organisation).param("vog", vog).param("me", me.id()).param("now", now)
                .param("signed", signed).param("from", from).param("until", until).update();
        return find(id).orElseThrow();
    }

    /** Every external account, the latest time box first (beheer). */
    public List<ExternalAccount> all() {
        return jdbc.sql(SELECT + "ORDER BY x.valid_until DESC, u.display_name").query(ExternalAccounts::map).list();
    }

    /** The external account of this user, if it is one. */
    public Optional<ExternalAccount> find(UUID userId) {
        return jdbc.sql(SELECT + "WHERE x.user_id = :id").param("id", userId).query(ExternalAccounts::map).optional();
    }

    private static ExternalAccount map(ResultSet rs, int n) throws SQLException {
        return new ExternalAccount(rs.getObject("user_id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("organisation"), rs.getObject("vog_issued_on", LocalDate.class),
                rs.getObject("vog_checked_by", UUID.class), rs.getTimestamp("vog_checked_at").toInstant(),
                rs.getObject("confidentiality_signed_on", LocalDate.class), rs.getObject("confidentiality_checked_by", UUID.class),
                rs.getTimestamp("confidentiality_checked_at").toInstant(), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class));
    }

    /** The rule of a time box (of an external account, or a selection for one), as a Dutch problem or null. */
    public static final class TimeBox {

        private TimeBox() {
        }

        /** A time box has an end, is at most {@value ExternalAccount#MAX_DAYS} days long and has not already ended. */
        public static String problem(LocalDate from, LocalDate until, LocalDate today) {
            if (from == null || until == null) {
                return "Een externe toegang heeft altijd een begin- en een einddatum.";
            }
            if (until.isBefore(from)) {
                return "De einddatum ligt voor de begindatum.";
            }
            if (until.isAfter(from.plusDays(ExternalAccount.MAX_DAYS))) {
                return "Een externe toegang duurt ten hoogste een jaar (" + ExternalAccount.MAX_DAYS + " dagen).";
            }
            if (until.isBefore(today)) {
                return "De einddatum ligt in het verleden.";
            }
            return null;
        }
    }
}
