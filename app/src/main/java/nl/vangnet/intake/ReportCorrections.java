package nl.vangnet.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.person.PersonRestrictions;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correcting what a report registered (the channel, the reporter's particulars, whether the persons know): only by
 * the workers on the case, with a reason, every earlier value kept (report_correction). The reporter's text as
 * verified stays as it was; a correction of it is added and shown beside it. An anonymous reporter's particulars,
 * and their earlier values, only for the workers assigned to the dossier.
 */
@Service
public class ReportCorrections {

    private static final Set<String> REPORTER_IDENTITY = Set.of("reporterName", "reporterOrganisation",
            "reporterFunction", "reporterPhone", "reporterEmail");

    private final JdbcClient jdbc;
    private final Reports reports;
    private final Dossiers dossiers;
    private final AccessLog accessLog;
    private final PersonRestrictions restrictions;
    private final Clock clock;

    ReportCorrections(JdbcClient jdbc, Reports reports, Dossiers dossiers, AccessLog accessLog,
            PersonRestrictions restrictions, Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.dossiers = dossiers;
        this.accessLog = accessLog;
        this.restrictions = restrictions;
        this.clock = clock;
    }

    /** Corrects the report; answers the fields changed (empty when nothing differed). */
    @Transactional
    public List<ReportCorrection> correct(UUID reportId, ReportCorrectionInput in) {
        UUID dossierId = reports.dossierOf(reportId);
        DossierAccess access = reports.requireAccess(reportId, dossierId, AccessAction.UPDATE, DossierAccess::worksOnCase);
        Map<String, String> before = jdbc.sql("""
                SELECT channel, reporter_name, reporter_organisation, reporter_function, reporter_phone, reporter_email,
                       persons_aware, reporter_anonymous, ex_officio
                FROM report WHERE id = :id FOR UPDATE""").param("id", reportId).query((rs, n) -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put("channel", rs.getString("channel"));
                    m.put("reporterName", rs.getString("reporter_name"));
                    m.put("reporterOrganisation", rs.getString("reporter_organisation"));
                    m.put("reporterFunction", rs.getString("reporter_function"));
                    m.put("reporterPhone", rs.getString("reporter_phone"));
                    m.put("reporterEmail", rs.getString("reporter_email"));
                    m.put("personsAware", rs.getString("persons_aware"));
                    m.put("anonymous", String.valueOf(rs.getBoolean("reporter_anonymous")));
                    m.put("exOfficio", String.valueOf(rs.getBoolean("ex_officio")));
                    return m;
                }).single();
        Checks v = new Checks();
        String reason = v.text("reason", in.reason(), Checks.MAX_REMARK);
        if (reason == null) {
            v.reject("reason", "Geef de reden van de correctie.");
        }
        Map<String, String> after = new LinkedHashMap<>();
        Channel channel = v.enumValue("channel", in.channel(), Channel.class, "Kies hoe de melding binnenkwam.", false);
        after.put("channel", channel == null ? null : channel.name());
        after.put("reporterName", v.text("reporterName", in.reporterName(), Checks.MAX_SHORT_TEXT));
        after.put("reporterOrganisation", v.text("reporterOrganisation", in.reporterOrganisation(), Checks.MAX_SHORT_TEXT));
        after.put("reporterFunction", v.text("reporterFunction", in.reporterFunction(), Checks.MAX_SHORT_TEXT));
        after.put("reporterPhone", v.text("reporterPhone", in.reporterPhone(), Checks.MAX_SHORT_TEXT));
        after.put("reporterEmail", v.text("reporterEmail", in.reporterEmail(), Checks.MAX_SHORT_TEXT));
        PersonsAware aware = v.enumValue("personsAware", in.personsAware(), PersonsAware.class,
                "Kies ja, nee, gedeeltelijk of onbekend.", false);
        after.put("personsAware", aware == null ? null : aware.name());
        String concern = v.text("concernCorrection", in.concernCorrection(), Checks.MAX_TEXT);
        after.values().removeIf(Objects::isNull);
        if (Boolean.parseBoolean(before.get("exOfficio")) && after.keySet().stream().anyMatch(REPORTER_IDENTITY::contains)) {
            v.reject("reporterName", "Een ambtshalve melding heeft geen melder.");
        }
        if (identityHidden(before, dossierId) && after.keySet().stream().anyMatch(REPORTER_IDENTITY::contains)) {
            v.reject("reporterName", "De gegevens van een anonieme melder wijzigt alleen wie aan het dossier is toegewezen.");
        }
        after.entrySet().removeIf(e -> e.getValue().equals(before.get(e.getKey())));
        if (after.isEmpty() && concern == null && v.ok("reason")) {
            v.reject("concernCorrection", "Er is niets gecorrigeerd: wijzig ten minste één gegeven, of voeg een correctie van de tekst toe.");
        }
        v.throwIfInvalid();
        if (concern != null || after.containsKey("personsAware")) {
            // What the report says about its persons is their data: not changed while its processing is restricted.
            restrictions.requireNotRestricted(jdbc.sql("SELECT person_id FROM report_person WHERE report_id = :id")
                    .param("id", reportId).query(UUID.class).list());
        }
        UUID changeId = UUID.randomUUID();
        Instant now = clock.instant();
        List<ReportCorrection> changes = new ArrayList<>();
        after.forEach((field, value) -> changes.add(store(reportId, changeId, now, field, before.get(field), value, reason)));
        if (concern != null) {
            changes.add(store(reportId, changeId, now, "concern", null, concern, reason));
        }
        jdbc.sql("""
                UPDATE report SET channel = coalesce(:channel, channel), reporter_name = coalesce(:name, reporter_name),
                       reporter_organisation = coalesce(:org, reporter_organisation),
                       reporter_function = coalesce(:fn, reporter_function), reporter_phone = coalesce(:phone, reporter_phone),
                       reporter_email = coalesce(:email, reporter_email), persons_aware = coalesce(:aware, persons_aware)
                WHERE id = :id""")
                .param("channel", after.get("channel")).param("name", after.get("reporterName"))
                .param("org", after.get("reporterOrganisation")).param("fn", after.get("reporterFunction"))
                .param("phone", after.get("reporterPhone")).param("email", after.get("reporterEmail"))
                .param("aware", after.get("personsAware")).param("id", reportId).update();
        dossiers.recordChange(dossierId);
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), Set.of(), access.logReason());
        return changes;
    }

    /** Every correction of the report, newest first; read with need to know (logged), without free text for administrative access. */
    @Transactional
    public List<ReportCorrection> of(UUID reportId) {
        UUID dossierId = reports.dossierOf(reportId);
        DossierAccess access = reports.requireAccess(reportId, dossierId, AccessAction.READ, a -> true);
        boolean anonymous = jdbc.sql("SELECT reporter_anonymous FROM report WHERE id = :id").param("id", reportId)
                .query(Boolean.class).single();
        boolean hidden = anonymous && !dossiers.isAssigned(dossierId, CurrentStaff.get().id());
        List<ReportCorrection> list = jdbc.sql("""
                SELECT c.change_id, c.corrected_at, u.display_name, c.field, c.old_value, c.new_value, c.reason
                FROM report_correction c JOIN staff_name u ON u.id = c.corrected_by
                WHERE c.report_id = :id ORDER BY c.corrected_at DESC, c.field""")
                .param("id", reportId)
                .query((rs, n) -> {
                    String field = rs.getString("field");
                    boolean hide = hidden && REPORTER_IDENTITY.contains(field);
                    return new ReportCorrection(rs.getObject("change_id", UUID.class),
                            rs.getTimestamp("corrected_at").toInstant(), rs.getString("display_name"), field,
                            hide ? null : rs.getString("old_value"), hide ? null : rs.getString("new_value"),
                            rs.getString("reason"));
                }).list();
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), Set.of(), access.logReason());
        return access.present(list);
    }

    /** Whether the current staff member may correct the report: a worker on the case. */
    public boolean mayCorrect(UUID reportId) {
        return dossiers.access(reports.dossierOf(reportId)).map(DossierAccess::worksOnCase).orElse(false);
    }

    /** One correction (the fields changed together), as {@link #of} shows it. */
    @Transactional
    public List<ReportCorrection> one(UUID reportId, UUID changeId) {
        List<ReportCorrection> change = of(reportId).stream().filter(c -> c.changeId().equals(changeId)).toList();
        if (change.isEmpty()) {
            throw new NotFoundException("Deze correctie bestaat niet.");
        }
        return change;
    }

    private boolean identityHidden(Map<String, String> report, UUID dossierId) {
        return Boolean.parseBoolean(report.get("anonymous")) && !dossiers.isAssigned(dossierId, CurrentStaff.get().id());
    }

    private ReportCorrection store(UUID reportId, UUID changeId, Instant now, String field, String oldValue,
            String newValue, String reason) {
        jdbc.sql("""
                INSERT INTO report_correction (id, change_id, report_id, field, old_value, new_value, reason, corrected_by,
                                               corrected_at)
                VALUES (:id, :change, :report, :field, :old, :new, :reason, :by, :at)""")
                .param("id", UUID.randomUUID()).param("change", changeId).param("report", reportId).param("field", field)
                .param("old", oldValue).param("new", newValue).param("reason", reason)
                .param("by", CurrentStaff.get().id()).param("at", Timestamp.from(now)).update();
        return new ReportCorrection(changeId, now, CurrentStaff.get().displayName(), field, oldValue, newValue, reason);
    }
}
