package nl.vangnet.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.platform.Checks;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts with the reporter after registering: checking the registered text with them (which hands the report
 * to the assessment) and telling them whether it is taken into treatment.
 */
@Service
public class ReporterContacts {

    private final JdbcClient jdbc;
    private final Reports reports;
    private final AccessLog accessLog;
    private final Clock clock;

    ReporterContacts(JdbcClient jdbc, Reports reports, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The registered text was checked with the reporter: who was spoken with, when, how, and what changed. */
    @Transactional
    public ReportView verifyWithReporter(UUID id, String with, String at, String how, String changes) {
        UUID dossierId = reports.dossierOf(id);
        // The workers on the case, or the worker who registered it (verifying hands it over); never the
        // secretariaat, a consultant or anyone who may not read the text.
        DossierAccess access = reports.requireAccess(id, dossierId, AccessAction.UPDATE,
                a -> a.worksOnCase() || (a.basis() == DossierAccess.Basis.REGISTRAR && a.freeText()));
        Checks v = new Checks();
        String who = v.max("with", v.required("with", with, "Vul in met wie de tekst is gecontroleerd."), 200);
        Instant when = at == null || at.isBlank() ? clock.instant() : v.instant("verifiedAt", at, clock.instant());
        String method = v.max("how", v.required("how", how, "Vul in hoe de tekst is gecontroleerd (bijvoorbeeld telefonisch)."), 200);
        String changed = v.max("changes", v.optional(changes), 5000);
        v.throwIfInvalid();
        ReportStatus status = ReportStatus.valueOf(jdbc.sql("SELECT status FROM report WHERE id = :id FOR UPDATE")
                .param("id", id).query(String.class).single());
        ReportStatus next = status.verifyWithReporter();
        jdbc.sql("""
                UPDATE report SET status = :s, verified_at = :at, verified_by = :by, verification_with = :with,
                    verification_how = :how, verification_changes = :changes WHERE id = :id""")
                .param("s", next.name()).param("at", Timestamp.from(when)).param("by", CurrentStaff.get().id())
                .param("with", who).param("how", method).param("changes", changed).param("id", id).update();
        ReportView view = access.present(reports.view(id, access));
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), Reports.personIds(view), access.logReason());
        return view;
    }

    /** The reporter was told whether the report is taken into treatment: when, how and by whom. */
    @Transactional
    public ReportView reporterInformed(UUID id, String at, String how) {
        UUID dossierId = reports.dossierOf(id);
        // Telling the reporter is case work or an administrative task (a letter); a consultant does not act.
        DossierAccess access = reports.requireAccess(id, dossierId, AccessAction.UPDATE,
                a -> a.worksOnCase() || a.basis() == DossierAccess.Basis.ADMINISTRATIVE
                        || a.basis() == DossierAccess.Basis.REGISTRAR);
        Checks v = new Checks();
        Instant when = at == null || at.isBlank() ? clock.instant() : v.instant("informedAt", at, clock.instant());
        String method = v.max("how", v.required("how", how, "Vul in hoe de melder is geïnformeerd."), 200);
        v.throwIfInvalid();
        jdbc.sql("UPDATE report SET treatment_informed_at = :at, treatment_informed_how = :how, treatment_informed_by = :by WHERE id = :id")
                .param("at", Timestamp.from(when)).param("how", method).param("by", CurrentStaff.get().id())
                .param("id", id).update();
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), List.of(), access.logReason());
        return access.present(reports.view(id, access));
    }
}
