package nl.vangnet.followup;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.platform.Text;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The crisis service's intervention, at any hour: who acted, on site or by phone, when; what was happening, how the
 * crisis arose, what had to happen at once; professionals consulted (GP, teacher, neighbourhood police officer) in
 * consultation with the person; then an assessment or a track follows. Until that follow-up is done, the intervention
 * stands at the top of the crisis service's work list.
 */
@Service
public class CrisisInterventions {

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final AccessLog accessLog;
    private final Tracks tracks;
    private final Clock clock;

    CrisisInterventions(JdbcClient jdbc, Dossiers dossiers, AccessLog accessLog, Tracks tracks, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.accessLog = accessLog;
        this.tracks = tracks;
        this.clock = clock;
    }

    public record Professional(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"GP", "TEACHER", "NEIGHBOURHOOD_OFFICER", "OTHER"}, example = "GP") String kind,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Huisartsenpraktijk Lombok, dokter Peters") @Size(max = Checks.MAX_SHORT_TEXT) String name,
            @Schema(example = "true") Boolean withPersonConsent,
            @Schema(description = "Nodig als withPersonConsent niet true is: waarom zonder overleg met de betrokkene")
            @Size(max = Checks.MAX_REMARK) String withoutConsentReason,
            @Schema(example = "Bekend met spanningen in het gezin; moeder was vorige maand op het spreekuur met letsel.")
            @Size(max = Checks.MAX_TEXT) String summary) {
    }

    public record NewIntervention(
            @Schema(format = "date-time", description = Checks.MOMENT_RANGE + " Niet in de toekomst; ontbreekt dit, dan nu.",
                    example = "2026-05-10T23:40:00+02:00") String actedAt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"ON_SITE", "PHONE"}, example = "ON_SITE") String mode,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Moeder belde de politie na een ruzie waarbij vader haar sloeg; de kinderen waren thuis.")
            @Size(max = Checks.MAX_TEXT) String whatHappened,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Vader kwam onder invloed thuis; de ruzie ging over geld.") @Size(max = Checks.MAX_TEXT) String howItArose,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Vader verblijft bij zijn broer; moeder en kinderen blijven thuis, morgen contact.")
            @Size(max = Checks.MAX_TEXT) String immediateNeeds,
            List<@Valid Professional> professionals,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"ASSESSMENT", "TRACK"}, example = "ASSESSMENT") String nextStep) {
    }

    public record Intervention(UUID id, UUID dossierId, String actedBy, Instant actedAt, String mode, String whatHappened,
            String howItArose, String immediateNeeds, String nextStep, List<Professional> professionals,
            Instant followUpDoneAt) {
    }

    @Transactional
    public Intervention record(UUID dossierId, NewIntervention in) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.CREATE, CrisisInterventions::mayRecord);
        Checks v = new Checks();
        Instant given = v.moment("actedAt", in.actedAt(), null, "Geef datum en tijd met tijdzone.");
        if (given != null && given.isAfter(clock.instant().plusSeconds(60))) {
            v.reject("actedAt", "De interventie ligt niet in de toekomst.");
        }
        Instant actedAt = given == null ? clock.instant() : given;
        if (!"ON_SITE".equals(in.mode()) && !"PHONE".equals(in.mode())) {
            v.reject("mode", "Kies ter plaatse of telefonisch.");
        }
        require(v, "whatHappened", in.whatHappened(), "Beschrijf wat er aan de hand was.");
        require(v, "howItArose", in.howItArose(), "Beschrijf hoe de crisis is ontstaan.");
        require(v, "immediateNeeds", in.immediateNeeds(), "Beschrijf wat er direct moest gebeuren.");
        if (!"ASSESSMENT".equals(in.nextStep()) && !"TRACK".equals(in.nextStep())) {
            v.reject("nextStep", "Kies wat volgt: een veiligheidsbeoordeling of een vervolgtraject.");
        }
        List<Professional> professionals = v.each("professionals", in.professionals(), i -> p -> {
            if (p.kind() == null || !Set.of("GP", "TEACHER", "NEIGHBOURHOOD_OFFICER", "OTHER").contains(p.kind())) {
                v.reject("professionals[" + i + "].kind", "Kies huisarts, leerkracht, wijkagent of anders.");
            }
            require(v, "professionals[" + i + "].name", p.name(), "Vul in wie is geraadpleegd.");
            if (!Boolean.TRUE.equals(p.withPersonConsent()) && Text.blankToNull(p.withoutConsentReason()) == null) {
                v.reject("professionals[" + i + "].withoutConsentReason",
                        "Professionals worden in overleg met de betrokkene geraadpleegd; leg anders vast waarom niet.");
            }
            return p;
        });
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO crisis_intervention (id, dossier_id, acted_by, acted_at, mode, what_happened, how_it_arose,
                    immediate_needs, next_step, created_at)
                VALUES (:id, :d, :by, :at, :mode, :what, :how, :needs, :next, :now)""")
                .param("id", id).param("d", dossierId).param("by", CurrentStaff.get().id()).param("at", Timestamp.from(actedAt))
                .param("mode", in.mode()).param("what", in.whatHappened().strip()).param("how", in.howItArose().strip())
                .param("needs", in.immediateNeeds().strip()).param("next", in.nextStep())
                .param("now", Timestamp.from(clock.instant())).update();
        for (Professional p : professionals) {
            jdbc.sql("""
                    INSERT INTO crisis_professional (id, intervention_id, kind, name, with_person_consent, without_consent_reason, summary)
                    VALUES (:id, :i, :k, :n, :c, :r, :s)""")
                    .param("id", UUID.randomUUID()).param("i", id).param("k", p.kind()).param("n", p.name().strip())
                    .param("c", Boolean.TRUE.equals(p.withPersonConsent())).param("r", Text.blankToNull(p.withoutConsentReason()))
                    .param("s", Text.blankToNull(p.summary())).update();
        }
        accessLog.allowed(AccessAction.CREATE, access.role(), Set.of(dossierId), List.of(), access.logReason());
        return find(id);
    }

    /** Who records an intervention: a crisis or case worker with full (free-text) access to the dossier. */
    public static boolean mayRecord(DossierAccess access) {
        return access.freeText() && (access.role() == Role.CRISIS_WORKER || access.role() == Role.CASE_WORKER);
    }

    /** Who marks the follow-up started: anyone with full (free-text) access to the dossier. */
    public static boolean mayMarkFollowedUp(DossierAccess access) {
        return access.freeText();
    }

    /** The assessment or track that follows has been started: the intervention leaves the top of the work list. */
    @Transactional
    public Intervention followedUp(UUID dossierId, UUID id) {
        Intervention intervention = find(id);
        if (!intervention.dossierId().equals(dossierId)) {
            throw new NotFoundException("Deze crisisinterventie bestaat niet in dit dossier.");
        }
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.UPDATE, CrisisInterventions::mayMarkFollowedUp);
        jdbc.sql("UPDATE crisis_intervention SET follow_up_done_at = coalesce(follow_up_done_at, :now) WHERE id = :id")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
        tracks.crisisFollowedUp(dossierId);
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), List.of(), access.logReason());
        return find(id);
    }

    @Transactional
    public List<Intervention> ofDossier(UUID dossierId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ);
        List<Intervention> list = jdbc.sql("SELECT id FROM crisis_intervention WHERE dossier_id = :d ORDER BY acted_at")
                .param("d", dossierId).query(UUID.class).list().stream().map(this::find).toList();
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), List.of(), access.logReason());
        return access.freeText() ? list : List.of();
    }

    /** The days (Dutch time) of the dossier's crisis interventions, for the services delivered (the caller has checked the right). */
    public List<LocalDate> daysOf(UUID dossierId) {
        return jdbc.sql("SELECT acted_at FROM crisis_intervention WHERE dossier_id = :d ORDER BY acted_at").param("d", dossierId)
                .query((rs, n) -> LocalDate.ofInstant(rs.getTimestamp(1).toInstant(), DutchTime.ZONE)).list();
    }

    /** Interventions whose follow-up has not started, for the crisis service (all teams) or the team. */
    List<Intervention> awaitingFollowUp(boolean all) {
        var me = CurrentStaff.get();
        return jdbc.sql("""
                SELECT c.id FROM crisis_intervention c JOIN dossier_ref d ON d.id = c.dossier_id
                WHERE c.follow_up_done_at IS NULL AND (:all OR d.team_id IN (:teams)) ORDER BY c.acted_at""")
                .param("all", all).param("teams", me.teamIdsOrNone()).query(UUID.class).list().stream().map(this::find).toList();
    }

    Intervention find(UUID id) {
        List<Professional> professionals = jdbc.sql("SELECT kind, name, with_person_consent, without_consent_reason, summary FROM crisis_professional WHERE intervention_id = :i")
                .param("i", id).query((rs, n) -> new Professional(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        rs.getString(4), rs.getString(5))).list();
        return jdbc.sql("""
                SELECT c.*, u.display_name FROM crisis_intervention c JOIN staff_name u ON u.id = c.acted_by WHERE c.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Intervention(id, rs.getObject("dossier_id", UUID.class), rs.getString("display_name"),
                        rs.getTimestamp("acted_at").toInstant(), rs.getString("mode"), rs.getString("what_happened"),
                        rs.getString("how_it_arose"), rs.getString("immediate_needs"), rs.getString("next_step"), professionals,
                        rs.getTimestamp("follow_up_done_at") == null ? null : rs.getTimestamp("follow_up_done_at").toInstant()))
                .optional().orElseThrow(() -> new NotFoundException("Deze crisisinterventie bestaat niet."));
    }

    private static void require(Checks v, String field, String value, String reason) {
        if (Text.blankToNull(value) == null) {
            v.reject(field, reason);
        }
    }

    /** Today in the Netherlands, for the work list. */
    LocalDate today() {
        return DutchTime.today(clock);
    }
}
