package nl.vangnet.intake;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.Household;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.region.Municipality;
import nl.vangnet.region.Regions;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffKind;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports (melding) as the modules that work on them read them: a report for an entitled worker (free text only for
 * who may read it; an anonymous reporter only for the assigned workers), its status and dossier, and the verb the
 * assessment calls when it is confirmed. Registering is {@link ReportRegistration}; the contacts with the reporter
 * are {@link ReporterContacts}.
 */
@Service
public class Reports {

    /** The roles that register contacts (police notices come from a service account with one of them). */
    public static final Set<Role> INTAKE_ROLES = Set.of(Role.CASE_WORKER, Role.CRISIS_WORKER, Role.SECRETARIAT);

    /** SQL: report {@code r} was registered by {@code :me} and is not yet verified (handed over): its registrar sees it. */
    static final String REGISTRAR_OF_REPORT = "(r.created_by = :me AND r.status = 'TO_VERIFY')";

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final Regions regions;
    private final AccessLog accessLog;
    private final Clock clock;

    Reports(JdbcClient jdbc, Dossiers dossiers, Regions regions, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.regions = regions;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Reads a report for an entitled worker (logged); refused and logged for anyone else. */
    @Transactional
    public ReportView get(UUID id) {
        UUID dossierId = dossierOf(id);
        DossierAccess access = requireAccess(id, dossierId, AccessAction.READ, a -> true);
        ReportView view = access.present(view(id, access));
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), personIds(view), access.logReason());
        return view;
    }

    /** The status and dossier of a report, for the modules that work on it (the caller checks the access). */
    public Optional<ReportStatus> statusOf(UUID reportId) {
        return jdbc.sql("SELECT status FROM report WHERE id = :id").param("id", reportId).query(String.class).optional()
                .map(ReportStatus::valueOf);
    }

    public UUID dossierOfReport(UUID reportId) {
        return dossierOf(reportId);
    }

    public Optional<LocalDate> assessmentDueOn(UUID reportId) {
        return jdbc.sql("SELECT assessment_due_on FROM report WHERE id = :id").param("id", reportId)
                .query(LocalDate.class).optional();
    }

    /** The safety assessment of the report was confirmed on this day. */
    @Transactional
    public void markAssessed(UUID reportId, LocalDate assessedOn) {
        ReportStatus next = statusOf(reportId).orElseThrow().assess();
        jdbc.sql("UPDATE report SET status = :s, assessed_on = :d WHERE id = :id")
                .param("s", next.name()).param("d", assessedOn).param("id", reportId).update();
    }

    /**
     * The dossier goes to another Veilig Thuis region (the caller checked the access): its reports that were not yet
     * assessed go with it and are assessed there, so they no longer wait here. Answers their references.
     */
    @Transactional
    public List<String> transferUnassessedToOtherRegion(UUID dossierId) {
        List<String> moved = new ArrayList<>();
        jdbc.sql("SELECT id, reference, status FROM report WHERE dossier_id = :d AND status IN ('TO_VERIFY', 'AWAITING_ASSESSMENT') FOR UPDATE")
                .param("d", dossierId).query((rs, n) -> {
                    ReportStatus next = ReportStatus.valueOf(rs.getString("status")).transferToOtherRegion();
                    jdbc.sql("UPDATE report SET status = :s WHERE id = :id").param("s", next.name())
                            .param("id", rs.getObject("id", UUID.class)).update();
                    return moved.add(rs.getString("reference"));
                }).list();
        return moved;
    }

    /** The reports of a dossier, for the dossier page (the caller has checked and logged the access). */
    public List<UUID> reportsOf(UUID dossierId) {
        return jdbc.sql("SELECT id FROM report WHERE dossier_id = :d ORDER BY received_at").param("d", dossierId)
                .query(UUID.class).list();
    }

    /** The types of violence reported in a dossier, in enum order (the caller has checked and logged the access). */
    public List<ViolenceType> violenceTypesIn(UUID dossierId) {
        return jdbc.sql("SELECT DISTINCT unnest(violence_types) FROM report WHERE dossier_id = :d").param("d", dossierId)
                .query(String.class).list().stream().map(ViolenceType::valueOf).sorted().toList();
    }

    /**
     * The access to a report for an action: need to know of its dossier, or, for the staff member who registered it
     * and only while it is to be verified, that report alone (a report that joined a dossier of someone else's case
     * opens nothing else). Refusals are logged.
     */
    DossierAccess requireAccess(UUID reportId, UUID dossierId, AccessAction action,
            Predicate<DossierAccess> allowed) {
        StaffPrincipal me = CurrentStaff.get();
        Optional<DossierAccess> access = dossiers.access(dossierId);
        if (access.isEmpty() && me.kind() == StaffKind.PERSON && jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM report r WHERE r.id = :id AND " + REGISTRAR_OF_REPORT + ")")
                .param("id", reportId).param("me", me.id()).query(Boolean.class).single()) {
            access = Optional.of(new DossierAccess(role(me), DossierAccess.Basis.REGISTRAR, null, null));
        }
        return access.filter(allowed).orElseGet(() -> {
            accessLog.denied(action, Set.of(dossierId), Set.of(), null);
            throw new AccessDeniedException("report");
        });
    }

    static List<UUID> personIds(ReportView view) {
        return view.persons().stream().map(ReportView.Person::personId).toList();
    }


    UUID dossierOf(UUID reportId) {
        return jdbc.sql("SELECT dossier_id FROM report WHERE id = :id").param("id", reportId).query(UUID.class)
                .optional().orElseThrow(() -> new NotFoundException("Deze melding bestaat niet."));
    }

    static Role role(StaffPrincipal me) {
        return INTAKE_ROLES.stream().filter(me::has).sorted().findFirst().orElse(null);
    }

    /** The report as this access may see it (free text is taken out by {@link DossierAccess#present}). */
    ReportView view(UUID id, DossierAccess access) {
        StaffPrincipal me = CurrentStaff.get();
        return jdbc.sql("""
                SELECT r.*, d.reference AS dossier_reference, t.name AS dossier_team,
                       vb.display_name AS verified_by_name, ib.display_name AS informed_by_name
                FROM report r JOIN dossier_ref d ON d.id = r.dossier_id JOIN team_name t ON t.id = d.team_id
                LEFT JOIN staff_name vb ON vb.id = r.verified_by
                LEFT JOIN staff_name ib ON ib.id = r.treatment_informed_by
                WHERE r.id = :id""")
                .param("id", id)
                .query((rs, n) -> map(rs, me, access))
                .single();
    }

    private ReportView map(ResultSet rs, StaffPrincipal me, DossierAccess access) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID dossierId = rs.getObject("dossier_id", UUID.class);
        // The registrar of a report that joined someone else's dossier sees the report as they registered it, and
        // that it was added to that dossier: nothing the dossier holds (its persons' data, address, earlier dossiers).
        boolean registrar = access.basis() == DossierAccess.Basis.REGISTRAR;
        boolean anonymous = rs.getBoolean("reporter_anonymous");
        boolean hidden = anonymous && !registrar && !dossiers.isAssigned(dossierId, me.id());
        ReportView.Reporter reporter = rs.getString("reporter_type") == null && rs.getBoolean("ex_officio") ? null
                : new ReportView.Reporter(ReporterType.valueOf(rs.getString("reporter_type")),
                        rs.getString("reporter_category") == null ? null : ReporterCategory.valueOf(rs.getString("reporter_category")),
                        rs.getString("reporter_subcategory"),
                        hidden ? null : rs.getString("reporter_name"), hidden ? null : rs.getString("reporter_organisation"),
                        hidden ? null : rs.getString("reporter_function"), hidden ? null : rs.getString("reporter_phone"),
                        hidden ? null : rs.getString("reporter_email"), anonymous,
                        (Boolean) rs.getObject("reporter_closely_involved"),
                        hidden ? null : rs.getString("anonymity_assessment"),
                        hidden ? null : rs.getString("anonymity_safety_reason"), hidden);
        Instant dueAt = rs.getTimestamp("assessment_due_at") == null ? null : rs.getTimestamp("assessment_due_at").toInstant();
        AssessmentDeadline deadline = new AssessmentDeadline(rs.getObject("assessment_due_on", LocalDate.class), dueAt);
        ReportStatus status = ReportStatus.valueOf(rs.getString("status"));
        boolean overdue = deadline.period(LocalDate.ofInstant(rs.getTimestamp("received_at").toInstant(), AssessmentDeadline.NL),
                null).overdue(clock);
        String transfer = rs.getString("transfer_region_code");
        List<UUID> earlierIds = uuids(rs.getArray("earlier_dossier_ids"));
        List<ReportView.EarlierDossier> earlier = new ArrayList<>();
        for (UUID d : registrar ? List.<UUID>of() : earlierIds) {
            dossiers.summary(d).ifPresent(s -> earlier.add(new ReportView.EarlierDossier(s.id(), s.reference(),
                    s.status().name(), s.openedOn(), s.teamName())));
        }
        List<ReportView.Person> persons;
        Household household;
        if (registrar) {
            persons = jdbc.sql("""
                    SELECT person_id, role, registered_bsn, registered_surname, registered_surname_prefix,
                           registered_given_names, registered_date_of_birth, registered_identification_missing_reason
                    FROM report_person WHERE report_id = :id ORDER BY registered_date_of_birth NULLS LAST""")
                    .param("id", id)
                    .query((p, i) -> new ReportView.Person(p.getObject(1, UUID.class), p.getString(2), p.getString(3),
                            p.getString(4), p.getString(5), p.getString(6), p.getObject(7, LocalDate.class), p.getString(8)))
                    .list();
            household = new Household(rs.getString("household_postcode"), rs.getString("household_house_number"),
                    rs.getString("household_municipality_code"), rs.getString("household_street"));
        } else {
            Map<UUID, String> missingReasons = new HashMap<>();
            jdbc.sql("SELECT person_id, registered_identification_missing_reason FROM report_person WHERE report_id = :id")
                    .param("id", id).query(p -> {
                        missingReasons.put(p.getObject(1, UUID.class), p.getString(2));
                    });
            persons = dossiers.personsOf(dossierId, List.copyOf(missingReasons.keySet())).stream()
                    .map(p -> new ReportView.Person(p.personId(), p.role().name(), p.bsn(), p.surname(), p.surnamePrefix(),
                            p.givenNames(), p.dateOfBirth(), missingReasons.get(p.personId())))
                    .toList();
            household = dossiers.household(dossierId);
        }
        String municipalityCode = household.municipalityCode();
        Optional<Municipality> municipality = regions.municipality(municipalityCode);
        Timestamp verifiedAt = rs.getTimestamp("verified_at");
        Timestamp informedAt = rs.getTimestamp("treatment_informed_at");
        String[] types = (String[]) rs.getArray("violence_types").getArray();
        return new ReportView(id, rs.getString("reference"), dossierId, rs.getString("dossier_reference"), status,
                Classification.valueOf(rs.getString("classification")), earlier, deadline.iso(), rs.getBoolean("acute"),
                status == ReportStatus.TO_VERIFY || status == ReportStatus.AWAITING_ASSESSMENT ? overdue : false,
                rs.getTimestamp("received_at").toInstant(), Channel.valueOf(rs.getString("channel")),
                rs.getBoolean("ex_officio"), rs.getObject("advice_request_id", UUID.class), reporter,
                new ReportView.Household(household.postcode(), household.houseNumber(), municipalityCode,
                        municipality.map(Municipality::name).orElse(null), municipality.map(Municipality::regionCode).orElse(null),
                        household.street()),
                persons, Arrays.stream(types).map(ViolenceType::valueOf).toList(), rs.getString("concern"),
                PersonsAware.valueOf(rs.getString("persons_aware")),
                transfer == null ? null : new ReportView.Region(transfer, regions.regionName(transfer)),
                verifiedAt == null ? null : new ReportView.Verification(verifiedAt.toInstant(),
                        rs.getString("verified_by_name"), rs.getString("verification_with"),
                        rs.getString("verification_how"), rs.getString("verification_changes")),
                informedAt == null ? null : new ReportView.TreatmentInformed(informedAt.toInstant(),
                        rs.getString("treatment_informed_how"), rs.getString("informed_by_name")),
                rs.getString("dossier_team"), !registrar);
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
    }
}
