package nl.vangnet.inforequest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The requests' rows: read as {@link Row}, their versions and passages, and where their link stands. */
@Component
class RequestStore {

    private final JdbcClient jdbc;

    RequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A request as stored (without its persons and versions). */
    record Row(UUID id, UUID dossierId, String dossierReference, String professionalName, String professionalOrganisation,
            Profession profession, String professionalEmail, String professionalPhone, String purpose, Consent consent,
            String withoutConsentReason, boolean personsKnow, String personsReaction, RequestChannel channel,
            LocalDate dueOn, LocalDate reminderOn, UUID disclosureId, UUID requestedById, String requestedBy,
            Instant requestedAt, String accessCode, Instant linkExpiresAt, int wrongCodes, Instant linkUsedAt,
            Instant mailSentAt, Instant mailFailedAt, InformedPersons informedPersons, LocalDate informedOn,
            String notInformedReason, boolean approved) {

        /** Where the request stands at {@code now}. */
        RequestStatus status(Instant now) {
            if (approved) {
                return RequestStatus.APPROVED;
            }
            if (mailFailedAt != null && mailSentAt == null) {
                return RequestStatus.MAIL_FAILED;
            }
            if (wrongCodes >= AccessLinks.MAX_WRONG_CODES) {
                return RequestStatus.LINK_LOCKED;
            }
            if (linkUsedAt != null || linkExpiresAt == null || !now.isBefore(linkExpiresAt)) {
                return RequestStatus.LINK_EXPIRED;
            }
            return RequestStatus.AWAITING_PROFESSIONAL;
        }

        /** The link opens the page: issued, not used, not expired, not locked. */
        boolean linkUsable(Instant now) {
            return linkUsedAt == null && linkExpiresAt != null && now.isBefore(linkExpiresAt)
                    && wrongCodes < AccessLinks.MAX_WRONG_CODES && accessCode != null;
        }

        /** The professional as the access log names them. */
        String actorName() {
            return professionalName + " (" + professionalOrganisation + ")";
        }
    }

    private static final String SELECT = """
            SELECT r.*, d.reference, s.display_name AS requested_by_name,
                   EXISTS (SELECT 1 FROM information_request_version v WHERE v.request_id = r.id AND v.approved_at IS NOT NULL
                           AND v.number = (SELECT max(number) FROM information_request_version w WHERE w.request_id = r.id)) AS approved
            FROM information_request r JOIN dossier_ref d ON d.id = r.dossier_id JOIN staff_name s ON s.id = r.requested_by
            """;

    Optional<Row> find(UUID requestId) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", requestId).query(RequestStore::row).optional();
    }

    Optional<Row> findByToken(String token) {
        return jdbc.sql(SELECT + " WHERE r.token_hash = :h").param("h", AccessLinks.hash(token)).query(RequestStore::row).optional();
    }

    List<Row> ofDossier(UUID dossierId) {
        return jdbc.sql(SELECT + " WHERE r.dossier_id = :d ORDER BY r.requested_at DESC").param("d", dossierId)
                .query(RequestStore::row).list();
    }

    /** Requests not approved, of the dossiers assigned to {@code me} or of {@code teams}. */
    List<Row> open(boolean team, UUID me, Collection<UUID> teams) {
        return jdbc.sql("SELECT * FROM (" + SELECT + " WHERE " + (team ? "d.team_id IN (:teams)"
                        : "EXISTS (SELECT 1 FROM dossier_worker a WHERE a.dossier_id = r.dossier_id AND a.user_id = :me)")
                        + ") x WHERE NOT x.approved ORDER BY x.due_on LIMIT 500")
                .param("teams", teams).param("me", me).query(RequestStore::row).list();
    }

    List<UUID> personIds(UUID requestId) {
        return jdbc.sql("SELECT person_id FROM information_request_person WHERE request_id = :r ORDER BY person_id")
                .param("r", requestId).query(UUID.class).list();
    }

    /** Every version in order, each with its passages. */
    List<InformationRequestView.Version> versions(UUID requestId) {
        Map<UUID, List<Passage>> passages = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.*, v.text, s.display_name AS decided_by_name FROM information_request_passage p
                JOIN information_request_version v ON v.id = p.version_id LEFT JOIN staff_name s ON s.id = p.share_decided_by
                WHERE v.request_id = :r ORDER BY p.start_offset""")
                .param("r", requestId).query((rs, n) -> passages.computeIfAbsent(rs.getObject("version_id", UUID.class),
                        k -> new ArrayList<>()).add(new Passage(rs.getObject("id", UUID.class), rs.getInt("start_offset"),
                        rs.getInt("end_offset"), rs.getString("text").substring(rs.getInt("start_offset"), rs.getInt("end_offset")),
                        PassageReason.valueOf(rs.getString("reason")), rs.getString("explanation"), rs.getBoolean("shared"),
                        instant(rs, "share_decided_at"), rs.getString("decided_by_name"), rs.getString("share_reason"))))
                .list();
        return jdbc.sql("""
                SELECT v.*, s.display_name AS written_by_name FROM information_request_version v
                LEFT JOIN staff_name s ON s.id = v.written_by WHERE v.request_id = :r ORDER BY v.number""")
                .param("r", requestId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new InformationRequestView.Version(id, rs.getInt("number"), rs.getString("text"),
                            rs.getString("author"), rs.getString("written_by_name"), instant(rs, "written_at"),
                            instant(rs, "approved_at"), rs.getString("approved_by_name"), passages.getOrDefault(id, List.of()));
                }).list();
    }

    /** Adds a version as the next number; returns its id. */
    UUID addVersion(UUID requestId, String text, String author, UUID writtenBy, Instant at, String approvedBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO information_request_version (id, request_id, number, text, author, written_by, written_at,
                    approved_at, approved_by_name)
                VALUES (:id, :r, (SELECT coalesce(max(number), 0) + 1 FROM information_request_version WHERE request_id = :r),
                    :text, :author, :by, :at, :approvedAt, :approvedBy)""")
                .param("id", id).param("r", requestId).param("text", text).param("author", author).param("by", writtenBy)
                .param("at", Timestamp.from(at)).param("approvedAt", approvedBy == null ? null : Timestamp.from(at))
                .param("approvedBy", approvedBy).update();
        return id;
    }

    /** A new link: the token's hash, the code, valid from {@code now}; the count of wrong codes starts again. */
    void issueLink(UUID requestId, String token, String code, Instant now) {
        jdbc.sql("""
                UPDATE information_request SET token_hash = :h, access_code = :code, link_issued_at = :now,
                    link_expires_at = :until, wrong_codes = 0, link_used_at = NULL, mail_sent_at = NULL, mail_failed_at = NULL
                WHERE id = :id""")
                .param("h", AccessLinks.hash(token)).param("code", code).param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(AccessLinks.VALID))).param("id", requestId).update();
    }

    void mailOutcome(UUID requestId, boolean sent, Instant now) {
        jdbc.sql("UPDATE information_request SET %s = :now WHERE id = :id".formatted(sent ? "mail_sent_at" : "mail_failed_at"))
                .param("now", Timestamp.from(now)).param("id", requestId).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String informed = rs.getString("informed_persons");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class), rs.getString("reference"),
                rs.getString("professional_name"), rs.getString("professional_organisation"),
                Profession.valueOf(rs.getString("profession")), rs.getString("professional_email"),
                rs.getString("professional_phone"), rs.getString("purpose"), Consent.valueOf(rs.getString("consent")),
                rs.getString("without_consent_reason"), rs.getBoolean("persons_know"), rs.getString("persons_reaction"),
                RequestChannel.valueOf(rs.getString("channel")), rs.getObject("due_on", LocalDate.class),
                rs.getObject("reminder_on", LocalDate.class), rs.getObject("disclosure_id", UUID.class),
                rs.getObject("requested_by", UUID.class), rs.getString("requested_by_name"), instant(rs, "requested_at"),
                rs.getString("access_code"), instant(rs, "link_expires_at"), rs.getInt("wrong_codes"),
                instant(rs, "link_used_at"), instant(rs, "mail_sent_at"), instant(rs, "mail_failed_at"),
                informed == null ? null : InformedPersons.valueOf(informed), rs.getObject("informed_on", LocalDate.class),
                rs.getString("not_informed_reason"), rs.getBoolean("approved"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
