package nl.vangnet.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.DossierOpening;
import nl.vangnet.dossier.DossierSummary;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.Placement;
import nl.vangnet.person.NewPerson;
import nl.vangnet.platform.Text;
import nl.vangnet.region.Municipality;
import nl.vangnet.region.Regions;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.StaffKind;
import nl.vangnet.staff.StaffPrincipal;
import nl.vangnet.staff.Team;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registering a report (melding): it places its household in a dossier (a new one, or the open one it belongs to),
 * is classified against earlier involvement, gets the statutory assessment deadline, and waits as "te verifiëren"
 * until its text was checked with the reporter ({@link ReporterContacts}).
 */
@Service
public class ReportRegistration {

    private final JdbcClient jdbc;
    private final Reports reports;
    private final Dossiers dossiers;
    private final DossierOpening opening;
    private final Regions regions;
    private final WorkingDays calendar;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ReportRules.Lookups lookups;

    ReportRegistration(JdbcClient jdbc, Reports reports, Dossiers dossiers, DossierOpening opening, Regions regions, WorkingDays calendar,
            AccessLog accessLog, StaffDirectory staff, ApplicationEventPublisher events, TransactionTemplate transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.dossiers = dossiers;
        this.opening = opening;
        this.regions = regions;
        this.calendar = calendar;
        this.accessLog = accessLog;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.lookups = new ReportRules.Lookups() {
            @Override
            public Optional<Municipality> municipality(String code) {
                return regions.municipality(code);
            }

            @Override
            public List<Municipality> resolvePlace(String placeName) {
                return regions.resolvePlace(placeName);
            }

            @Override
            public List<UUID> teams() {
                return staff.teams().stream().map(Team::id).toList();
            }

            @Override
            public Optional<UUID> adviceRequestTeam(UUID adviceRequestId) {
                return jdbc.sql("SELECT team_id FROM advice_request WHERE id = :id")
                        .param("id", adviceRequestId).query(UUID.class).optional();
            }
        };
    }

    /**
     * Registers a report. The same idempotency key from the same caller never creates a second report: the first
     * one is answered again. The answer is what the registrar may see of it, made in the registering transaction:
     * when the report joined a dossier the registrar may not open, only the report as they registered it.
     */
    public Registered<ReportView> register(ReportInput input, String idempotencyKey) {
        StaffPrincipal me = CurrentStaff.get();
        requireIntakeRole(me);
        return Idempotency.register(idempotencyKey, key -> byKey(me.id(), key),
                key -> insert(me, ReportRules.validate(input, me, clock.instant(), lookups), key), id -> receipt(id, me, false), id -> receipt(id, me, true),
                transactions);
    }

    /** What the registrar sees of the report they registered: by their access to its dossier, else as registered. */
    private ReportView receipt(UUID id, StaffPrincipal me, boolean replay) {
        UUID dossierId = reports.dossierOf(id);
        DossierAccess access = dossiers.access(dossierId)
                .orElseGet(() -> new DossierAccess(Reports.role(me), DossierAccess.Basis.REGISTRAR, null, null));
        ReportView view = access.present(reports.view(id, access));
        if (replay) {
            accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), Reports.personIds(view), access.logReason());
        }
        return view;
    }

    private UUID insert(StaffPrincipal me, ReportRules.ValidReport r, String key) {
        boolean takes = me.kind() == StaffKind.PERSON && me.teamIds().contains(r.teamId())
                && (me.has(Role.CASE_WORKER) || me.has(Role.CRISIS_WORKER));
        Placement placement = opening.placeReport(r.teamId(), LocalDate.ofInstant(r.receivedAt(), AssessmentDeadline.NL),
                r.household(), r.persons(), takes ? me.id() : null);
        // A report that joined an open dossier belongs to that dossier's team: its workers take it from here.
        UUID teamId = placement.joinedOpenDossier() ? dossiers.teamOf(placement.dossierId()).orElseThrow() : r.teamId();
        boolean knownBefore = !placement.knownPersonIds().isEmpty() && (!placement.earlierDossiers().isEmpty()
                || jdbc.sql("SELECT EXISTS (SELECT 1 FROM advice_request_person WHERE person_id IN (:p))")
                        .param("p", placement.knownPersonIds()).query(Boolean.class).single());
        boolean followUp = placement.joinedOpenDossier()
                && jdbc.sql("SELECT EXISTS (SELECT 1 FROM report WHERE dossier_id = :d)")
                        .param("d", placement.dossierId()).query(Boolean.class).single();
        Classification classification = Classification.of(followUp, knownBefore || placement.joinedOpenDossier());
        AssessmentDeadline deadline = AssessmentDeadline.of(r.receivedAt(), r.acute(), calendar);
        String transfer = r.municipality() != null && !r.municipality().regionCode().equals(regions.ownRegionCode())
                ? r.municipality().regionCode() : null;
        UUID id = UUID.randomUUID();
        long number = jdbc.sql("SELECT nextval('report_reference_seq')").query(Long.class).single();
        ReportInput.ReporterInput rep = r.reporter();
        Set<UUID> earlierIds = new HashSet<>(placement.earlierDossiers().stream().map(DossierSummary::id).toList());
        jdbc.sql("""
                INSERT INTO report (id, reference, dossier_id, team_id, advice_request_id, ex_officio, channel, received_at,
                    reporter_type, reporter_category, reporter_subcategory, reporter_name, reporter_organisation,
                    reporter_function, reporter_phone, reporter_email, reporter_closely_involved, reporter_anonymous,
                    anonymity_assessment, anonymity_safety_reason, concern, violence_types, persons_aware, acute, status,
                    classification, earlier_dossier_ids, transfer_region_code, assessment_due_on, assessment_due_at,
                    created_by, created_at, idempotency_key, household_postcode, household_house_number,
                    household_municipality_code, joined_open_dossier, household_street)
                VALUES (:id, :ref, :dossier, :team, :advice, :exOfficio, :channel, :received,
                    :rtype, :rcat, :rsub, :rname, :rorg, :rfunc, :rphone, :remail, :rclose, :ranon,
                    :anonAssessment, :anonReason, :concern, CAST(:types AS text[]), :aware, :acute, 'TO_VERIFY',
                    :classification, CAST(:earlier AS uuid[]), :transfer, :dueOn, :dueAt, :by, :now, :key, :hpc, :hnr, :hgm, :joined, :hstreet)""")
                .param("id", id).param("ref", "M-%d-%06d".formatted(LocalDate.ofInstant(r.receivedAt(), AssessmentDeadline.NL).getYear(), number))
                .param("dossier", placement.dossierId()).param("team", teamId).param("advice", r.adviceRequestId())
                .param("exOfficio", r.exOfficio()).param("channel", r.channel().name())
                .param("received", Timestamp.from(r.receivedAt()))
                .param("rtype", r.reporterType() == null ? null : r.reporterType().name())
                .param("rcat", r.category() == null ? null : r.category().name()).param("rsub", r.subcategory())
                .param("rname", rep == null ? null : Text.blankToNull(rep.name()))
                .param("rorg", rep == null ? null : Text.blankToNull(rep.organisation()))
                .param("rfunc", rep == null ? null : Text.blankToNull(rep.function()))
                .param("rphone", rep == null ? null : Text.blankToNull(rep.phone()))
                .param("remail", rep == null ? null : Text.blankToNull(rep.email()))
                .param("rclose", rep == null ? null : rep.closelyInvolved())
                .param("ranon", r.anonymous())
                .param("anonAssessment", rep == null ? null : Text.blankToNull(rep.anonymityAssessment()))
                .param("anonReason", rep == null ? null : Text.blankToNull(rep.anonymitySafetyReason()))
                .param("concern", r.concern())
                .param("types", "{" + String.join(",", r.violenceTypes().stream().map(Enum::name).toList()) + "}")
                .param("aware", r.personsAware().name()).param("acute", r.acute())
                .param("classification", classification.name())
                .param("earlier", "{" + String.join(",", earlierIds.stream().map(UUID::toString).toList()) + "}")
                .param("transfer", transfer).param("dueOn", deadline.dueOn())
                .param("dueAt", deadline.dueAt() == null ? null : Timestamp.from(deadline.dueAt()))
                .param("by", me.id()).param("now", Timestamp.from(clock.instant())).param("key", key)
                .param("hpc", r.household().postcode()).param("hnr", r.household().houseNumber())
                .param("hgm", r.household().municipalityCode()).param("joined", placement.joinedOpenDossier())
                .param("hstreet", r.household().street()).update();
        for (int i = 0; i < r.persons().size(); i++) {
            NewPerson p = r.persons().get(i);
            jdbc.sql("""
                    INSERT INTO report_person (report_id, person_id, role, registered_bsn, registered_surname,
                        registered_surname_prefix, registered_given_names, registered_date_of_birth,
                        registered_identification_missing_reason)
                    VALUES (:r, :p, :role, :bsn, :surname, :prefix, :given, :dob, :missing) ON CONFLICT DO NOTHING""")
                    .param("r", id).param("p", placement.personIds().get(i)).param("role", p.role().name())
                    .param("bsn", p.bsn()).param("surname", p.surname()).param("prefix", p.surnamePrefix())
                    .param("given", p.givenNames()).param("dob", p.dateOfBirth())
                    .param("missing", p.identificationMissingReason())
                    .update();
        }
        if (r.adviceRequestId() != null) {
            jdbc.sql("UPDATE advice_request SET call_back_done_at = coalesce(call_back_done_at, :now) WHERE id = :id")
                    .param("now", Timestamp.from(clock.instant())).param("id", r.adviceRequestId()).update();
        }
        accessLog.allowed(AccessAction.CREATE, Reports.role(me), Set.of(placement.dossierId()), placement.personIds(),
                placement.joinedOpenDossier() && !dossiers.access(placement.dossierId()).isPresent()
                        ? "Melding toegevoegd aan een dossier zonder toegang tot dat dossier" : null);
        events.publishEvent(new ReportRegistered(id, placement.dossierId(), r.acute(), deadline.dueOn()));
        return id;
    }

    private Optional<UUID> byKey(UUID userId, String key) {
        return jdbc.sql("SELECT id FROM report WHERE created_by = :u AND idempotency_key = :k")
                .param("u", userId).param("k", key).query(UUID.class).optional();
    }

    /** Decided before anything is written; a refusal is logged. */
    private void requireIntakeRole(StaffPrincipal me) {
        if (Reports.INTAKE_ROLES.stream().noneMatch(me::has)) {
            accessLog.denied(AccessAction.CREATE, Set.of(), Set.of(), null);
            throw new AccessDeniedException("intake");
        }
    }
}
