package nl.vangnet.intake;

import nl.vangnet.platform.Checks;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.dossier.Bsn;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.DossierSummary;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.Household;
import nl.vangnet.dossier.NewDossier.NewPerson;
import nl.vangnet.dossier.PersonRole;
import nl.vangnet.dossier.Placement;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.region.Municipality;
import nl.vangnet.region.Regions;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.StaffKind;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registering reports (melding) up to a verified report. A report places its household in a dossier (a new one, or
 * the open one it belongs to), is classified against earlier involvement, gets the statutory assessment deadline,
 * and waits as "te verifiëren" until its text was checked with the reporter.
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
    private final WorkingDays calendar;
    private final AccessLog accessLog;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Reports(JdbcClient jdbc, Dossiers dossiers, Regions regions, WorkingDays calendar, AccessLog accessLog,
            StaffDirectory staff, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.regions = regions;
        this.calendar = calendar;
        this.accessLog = accessLog;
        this.staff = staff;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A registration's answer: the record, whether a retry found the first one, and what the registrar may see. */
    public record Registered<T>(UUID id, boolean replayed, T view) {
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
                key -> insert(me, validate(input, me), key), id -> receipt(id, me, false), id -> receipt(id, me, true),
                transactions);
    }

    /** What the registrar sees of the report they registered: by their access to its dossier, else as registered. */
    private ReportView receipt(UUID id, StaffPrincipal me, boolean replay) {
        UUID dossierId = dossierOf(id);
        DossierAccess access = dossiers.access(dossierId)
                .orElseGet(() -> new DossierAccess(role(me), DossierAccess.Basis.REGISTRAR, null, null));
        ReportView view = access.present(view(id, access));
        if (replay) {
            accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), personIds(view), access.logReason());
        }
        return view;
    }

    record ValidReport(Instant receivedAt, Channel channel, boolean exOfficio, UUID adviceRequestId,
            ReportInput.ReporterInput reporter, ReporterType reporterType, ReporterCategory category, String subcategory,
            boolean anonymous, Household household, Municipality municipality, List<NewPerson> persons,
            List<ViolenceType> violenceTypes, String concern, PersonsAware personsAware, boolean acute, UUID teamId) {
    }

    ValidReport validate(ReportInput in, StaffPrincipal me) {
        Checks v = new Checks();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, AssessmentDeadline.NL);
        Instant receivedAt = v.instant("receivedAt", in.receivedAt(), now);
        Channel channel = v.enumValue("channel", in.channel(), Channel.class,
                "Kies hoe de melding binnenkwam (telefoon, e-mail, post, chat, webformulier, politie, persoonlijk).", true);
        boolean exOfficio = Boolean.TRUE.equals(in.exOfficio());
        UUID adviceRequestId = null;
        if (in.adviceRequestId() != null && !in.adviceRequestId().isBlank()) {
            try {
                adviceRequestId = UUID.fromString(in.adviceRequestId().strip());
            } catch (IllegalArgumentException e) {
                v.reject("adviceRequestId", "Dit is geen geldig kenmerk van een adviesvraag.");
            }
        }

        ReportInput.ReporterInput r = in.reporter();
        ReporterType reporterType = null;
        ReporterCategory category = null;
        String subcategory = null;
        boolean anonymous = false;
        if (exOfficio) {
            if (r != null && r.type() != null) {
                v.reject("reporter", "Een ambtshalve melding heeft geen melder: Veilig Thuis meldt zelf.");
            }
        } else if (r == null) {
            v.reject("reporter", "Vul de gegevens van de melder in.");
        } else {
            reporterType = v.enumValue("reporter.type", r.type(), ReporterType.class,
                    "Kies of de melder particulier of beroepsmatig meldt.", true);
            anonymous = Boolean.TRUE.equals(r.anonymous());
            if (reporterType == ReporterType.PROFESSIONAL) {
                category = v.enumValue("reporter.category", r.category(), ReporterCategory.class,
                        "Kies de beroepsgroep van de melder.", true);
                subcategory = v.optional(r.subcategory());
                if (subcategory != null && (category != ReporterCategory.HEALTH_CARE
                        || !ReporterCategory.HEALTH_CARE_SUBCATEGORIES.contains(subcategory.toUpperCase()))) {
                    v.reject("reporter.subcategory", "Een subcategorie bestaat alleen voor de gezondheidszorg (huisarts, ziekenhuis, jeugdgezondheidszorg, overig).");
                }
                subcategory = subcategory == null ? null : subcategory.toUpperCase();
                if (anonymous && (r.anonymitySafetyReason() == null || r.anonymitySafetyReason().isBlank())) {
                    v.reject("reporter.anonymitySafetyReason",
                            "Een beroepskracht blijft alleen anoniem bij een uitzonderlijke reden van eigen veiligheid: leg die reden vast.");
                }
            }
            if (reporterType == ReporterType.PRIVATE && anonymous
                    && (r.anonymityAssessment() == null || r.anonymityAssessment().isBlank())) {
                v.reject("reporter.anonymityAssessment",
                        "Leg de afweging vast: is de melding op geen enkele manier naar de melder te herleiden, welke voor- en nadelen zijn besproken, en wat is besloten.");
            }
            if (!anonymous && (r.name() == null || r.name().isBlank())) {
                v.reject("reporter.name", "Vul de naam van de melder in (of leg vast dat de melder anoniem blijft).");
            }
            if (reporterType == ReporterType.PROFESSIONAL && !anonymous
                    && (r.organisation() == null || r.organisation().isBlank())) {
                v.reject("reporter.organisation", "Vul de organisatie van de beroepskracht in.");
            }
            if (r.email() != null && !r.email().isBlank() && !r.email().strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
                v.reject("reporter.email", "Dit is geen geldig e-mailadres.");
            }
            if (r.phone() != null && !r.phone().isBlank() && !r.phone().strip().matches("^\\+?[0-9 ()-]{6,20}$")) {
                v.reject("reporter.phone", "Dit is geen geldig telefoonnummer.");
            }
        }

        ReportInput.HouseholdInput h = in.household() == null
                ? new ReportInput.HouseholdInput(null, null, null, null) : in.household();
        String postcode = Checks.postcode(v.optional(h.postcode()));
        if (postcode != null && !postcode.matches("^[1-9][0-9]{3}[A-Z]{2}$")) {
            v.reject("household.postcode", "Een postcode is vier cijfers en twee letters, bijvoorbeeld 3511 AB.");
        }
        String houseNumber = v.max("household.houseNumber", v.optional(h.houseNumber()), 20);
        Municipality municipality = null;
        if (h.municipalityCode() != null && !h.municipalityCode().isBlank()) {
            municipality = regions.municipality(h.municipalityCode()).orElse(null);
            if (municipality == null) {
                v.reject("household.municipalityCode", "Deze gemeentecode bestaat niet.");
            }
        } else if (h.placeName() != null && !h.placeName().isBlank()) {
            List<Municipality> found = regions.resolvePlace(h.placeName());
            if (found.isEmpty()) {
                v.reject("household.placeName", "Deze woonplaats of gemeente is onbekend.");
            } else if (found.size() > 1) {
                v.reject("household.placeName", "Deze plaatsnaam komt in meer gemeenten voor: "
                        + String.join(", ", found.stream().map(m -> m.name() + " (" + m.code() + ")").toList())
                        + ". Kies de gemeente.");
            } else {
                municipality = found.getFirst();
            }
        }

        List<ReportInput.PersonInput> personInputs = in.persons() == null ? List.of()
                : in.persons().stream().filter(p -> p == null || !p.isEmpty()).toList();
        if (personInputs.isEmpty()) {
            v.reject("persons", "Vul ten minste één betrokkene in.");
        }
        String householdMunicipality = municipality == null ? null : municipality.code();
        List<NewPerson> persons = v.each("persons", personInputs, i -> p -> person(v, "persons[" + i + "]", p, postcode,
                houseNumber, householdMunicipality, today));

        List<ViolenceType> violenceTypes = new ArrayList<>();
        if (in.violenceTypes() == null || in.violenceTypes().isEmpty()) {
            v.reject("violenceTypes", "Kies ten minste één vorm van geweld.");
        } else {
            for (String t : in.violenceTypes()) {
                ViolenceType type = v.enumValue("violenceTypes", t, ViolenceType.class, "Onbekende vorm van geweld.", true);
                if (type != null && !violenceTypes.contains(type)) {
                    violenceTypes.add(type);
                }
            }
        }
        String concern = v.max("concern", v.required("concern", in.concern(),
                "Beschrijf de zorg in de woorden van de melder."), 20_000);
        PersonsAware aware = in.personsAware() == null || in.personsAware().isBlank() ? PersonsAware.UNKNOWN
                : v.enumValue("personsAware", in.personsAware(), PersonsAware.class,
                        "Kies of de betrokkenen van de melding weten.", true);
        UUID teamId = team(v, in.teamId(), me);
        if (adviceRequestId != null) {
            // A report links (and settles the call back of) an advice request of its own team only.
            Optional<UUID> adviceTeam = jdbc.sql("SELECT team_id FROM advice_request WHERE id = :id")
                    .param("id", adviceRequestId).query(UUID.class).optional();
            if (adviceTeam.isEmpty() || (teamId != null && !adviceTeam.get().equals(teamId))) {
                v.reject("adviceRequestId", "Deze adviesvraag bestaat niet in het team van deze melding.");
            }
        }
        v.throwIfInvalid();
        return new ValidReport(receivedAt, channel, exOfficio, adviceRequestId, r, reporterType, category, subcategory,
                anonymous, new Household(postcode, houseNumber, householdMunicipality), municipality, persons,
                violenceTypes, concern, aware, Boolean.TRUE.equals(in.acuteDanger()), teamId);
    }

    private NewPerson person(Checks v, String field, ReportInput.PersonInput p, String householdPostcode,
            String householdHouseNumber, String municipalityCode, LocalDate today) {
        PersonRole role = v.enumValue(field + ".role", p.role(), PersonRole.class, "Kies de rol van deze betrokkene.", true);
        String bsn = Bsn.normalise(v.optional(p.bsn()));
        if (bsn != null && !Bsn.isValid(bsn)) {
            v.reject(field + ".bsn", "Dit BSN klopt niet (negen cijfers die de elfproef doorstaan).");
        }
        String surname = v.max(field + ".surname", v.optional(p.surname()), 200);
        String givenNames = v.max(field + ".givenNames", v.optional(p.givenNames()), 200);
        LocalDate dateOfBirth = v.date(field + ".dateOfBirth", p.dateOfBirth(), today);
        String postcode = Checks.postcode(v.optional(p.postcode()));
        if (postcode != null && !postcode.matches("^[1-9][0-9]{3}[A-Z]{2}$")) {
            v.reject(field + ".postcode", "Een postcode is vier cijfers en twee letters, bijvoorbeeld 3511 AB.");
        }
        String houseNumber = v.optional(p.houseNumber());
        if (postcode == null && houseNumber == null) {
            postcode = householdPostcode;
            houseNumber = householdHouseNumber;
        }
        String missingReason = v.optional(p.identificationMissingReason());
        boolean identified = bsn != null || (surname != null && givenNames != null && dateOfBirth != null
                && postcode != null && houseNumber != null);
        if (!identified && missingReason == null && v.ok(field + ".bsn")) {
            v.reject(field, "Zonder BSN zijn achternaam, voornamen, geboortedatum, postcode en huisnummer nodig "
                    + "(Wmo 2015 art. 5.2.9), of leg vast waarom die onbekend zijn.");
        }
        if (surname == null && missingReason == null) {
            v.reject(field + ".surname", "Vul de achternaam in, of leg vast waarom die onbekend is.");
        }
        String gender = v.optional(p.gender());
        if (gender != null && !Set.of("FEMALE", "MALE", "OTHER", "UNKNOWN").contains(gender.toUpperCase())) {
            v.reject(field + ".gender", "Kies vrouw, man, anders of onbekend.");
        }
        return new NewPerson(role, bsn, surname == null ? "Onbekend" : surname, v.optional(p.surnamePrefix()),
                givenNames, dateOfBirth, gender == null ? null : gender.toUpperCase(), postcode, houseNumber,
                municipalityCode, missingReason);
    }

    private UUID team(Checks v, String teamId, StaffPrincipal me) {
        if (teamId != null && !teamId.isBlank()) {
            try {
                UUID id = UUID.fromString(teamId.strip());
                boolean allowed = me.teamIds().contains(id) || (me.kind() == StaffKind.SERVICE_ACCOUNT
                        && staff.teams().stream().anyMatch(t -> t.id().equals(id)));
                if (!allowed) {
                    v.reject("teamId", "U kunt alleen voor uw eigen team registreren.");
                }
                return id;
            } catch (IllegalArgumentException e) {
                v.reject("teamId", "Dit is geen geldig teamkenmerk.");
                return null;
            }
        }
        if (me.teamIds().size() == 1) {
            return me.teamIds().iterator().next();
        }
        if (me.teamIds().isEmpty() && staff.teams().size() == 1) {
            return staff.teams().getFirst().id();
        }
        v.reject("teamId", "Kies voor welk team deze melding is.");
        return null;
    }

    private UUID insert(StaffPrincipal me, ValidReport r, String key) {
        boolean takes = me.kind() == StaffKind.PERSON && me.teamIds().contains(r.teamId())
                && (me.has(Role.CASE_WORKER) || me.has(Role.CRISIS_WORKER));
        Placement placement = dossiers.placeReport(r.teamId(), LocalDate.ofInstant(r.receivedAt(), AssessmentDeadline.NL),
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
                    household_municipality_code, joined_open_dossier)
                VALUES (:id, :ref, :dossier, :team, :advice, :exOfficio, :channel, :received,
                    :rtype, :rcat, :rsub, :rname, :rorg, :rfunc, :rphone, :remail, :rclose, :ranon,
                    :anonAssessment, :anonReason, :concern, CAST(:types AS text[]), :aware, :acute, 'TO_VERIFY',
                    :classification, CAST(:earlier AS uuid[]), :transfer, :dueOn, :dueAt, :by, :now, :key, :hpc, :hnr, :hgm, :joined)""")
                .param("id", id).param("ref", "M-%d-%06d".formatted(LocalDate.ofInstant(r.receivedAt(), AssessmentDeadline.NL).getYear(), number))
                .param("dossier", placement.dossierId()).param("team", teamId).param("advice", r.adviceRequestId())
                .param("exOfficio", r.exOfficio()).param("channel", r.channel().name())
                .param("received", Timestamp.from(r.receivedAt()))
                .param("rtype", r.reporterType() == null ? null : r.reporterType().name())
                .param("rcat", r.category() == null ? null : r.category().name()).param("rsub", r.subcategory())
                .param("rname", rep == null ? null : nl.vangnet.platform.Text.blankToNull(rep.name()))
                .param("rorg", rep == null ? null : nl.vangnet.platform.Text.blankToNull(rep.organisation()))
                .param("rfunc", rep == null ? null : nl.vangnet.platform.Text.blankToNull(rep.function()))
                .param("rphone", rep == null ? null : nl.vangnet.platform.Text.blankToNull(rep.phone()))
                .param("remail", rep == null ? null : nl.vangnet.platform.Text.blankToNull(rep.email()))
                .param("rclose", rep == null ? null : rep.closelyInvolved())
                .param("ranon", r.anonymous())
                .param("anonAssessment", rep == null ? null : nl.vangnet.platform.Text.blankToNull(rep.anonymityAssessment()))
                .param("anonReason", rep == null ? null : nl.vangnet.platform.Text.blankToNull(rep.anonymitySafetyReason()))
                .param("concern", r.concern())
                .param("types", "{" + String.join(",", r.violenceTypes().stream().map(Enum::name).toList()) + "}")
                .param("aware", r.personsAware().name()).param("acute", r.acute())
                .param("classification", classification.name())
                .param("earlier", "{" + String.join(",", earlierIds.stream().map(UUID::toString).toList()) + "}")
                .param("transfer", transfer).param("dueOn", deadline.dueOn())
                .param("dueAt", deadline.dueAt() == null ? null : Timestamp.from(deadline.dueAt()))
                .param("by", me.id()).param("now", Timestamp.from(clock.instant())).param("key", key)
                .param("hpc", r.household().postcode()).param("hnr", r.household().houseNumber())
                .param("hgm", r.household().municipalityCode()).param("joined", placement.joinedOpenDossier()).update();
        for (int i = 0; i < r.persons().size(); i++) {
            NewPerson p = r.persons().get(i);
            jdbc.sql("""
                    INSERT INTO report_person (report_id, person_id, role, registered_bsn, registered_surname,
                        registered_surname_prefix, registered_given_names, registered_date_of_birth)
                    VALUES (:r, :p, :role, :bsn, :surname, :prefix, :given, :dob) ON CONFLICT DO NOTHING""")
                    .param("r", id).param("p", placement.personIds().get(i)).param("role", p.role().name())
                    .param("bsn", p.bsn()).param("surname", p.surname()).param("prefix", p.surnamePrefix())
                    .param("given", p.givenNames()).param("dob", p.dateOfBirth())
                    .update();
        }
        if (r.adviceRequestId() != null) {
            jdbc.sql("UPDATE advice_request SET call_back_done_at = coalesce(call_back_done_at, :now) WHERE id = :id")
                    .param("now", Timestamp.from(clock.instant())).param("id", r.adviceRequestId()).update();
        }
        accessLog.allowed(AccessAction.CREATE, role(me), Set.of(placement.dossierId()), placement.personIds(),
                placement.joinedOpenDossier() && !dossiers.access(placement.dossierId()).isPresent()
                        ? "Melding toegevoegd aan een dossier zonder toegang tot dat dossier" : null);
        events.publishEvent(new ReportRegistered(id, placement.dossierId(), r.acute(), deadline.dueOn()));
        return id;
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

    /** The registered text was checked with the reporter: who was spoken with, when, how, and what changed. */
    @Transactional
    public ReportView verifyWithReporter(UUID id, String with, String at, String how, String changes) {
        UUID dossierId = dossierOf(id);
        // The workers on the case, or the worker who registered it (verifying hands it over); never the
        // secretariaat, a consultant or anyone who may not read the text.
        DossierAccess access = requireAccess(id, dossierId, AccessAction.UPDATE,
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
        ReportView view = access.present(view(id, access));
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), personIds(view), access.logReason());
        return view;
    }

    /** The reporter was told whether the report is taken into treatment: when, how and by whom. */
    @Transactional
    public ReportView reporterInformed(UUID id, String at, String how) {
        UUID dossierId = dossierOf(id);
        // Telling the reporter is case work or an administrative task (a letter); a consultant does not act.
        DossierAccess access = requireAccess(id, dossierId, AccessAction.UPDATE,
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
        return access.present(view(id, access));
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
    private DossierAccess requireAccess(UUID reportId, UUID dossierId, AccessAction action,
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

    private static List<UUID> personIds(ReportView view) {
        return view.persons().stream().map(ReportView.Person::personId).toList();
    }


    private UUID dossierOf(UUID reportId) {
        return jdbc.sql("SELECT dossier_id FROM report WHERE id = :id").param("id", reportId).query(UUID.class)
                .optional().orElseThrow(() -> new NotFoundException("Deze melding bestaat niet."));
    }

    private Optional<UUID> byKey(UUID userId, String key) {
        return jdbc.sql("SELECT id FROM report WHERE created_by = :u AND idempotency_key = :k")
                .param("u", userId).param("k", key).query(UUID.class).optional();
    }

    /** Decided before anything is written; a refusal is logged. */
    private void requireIntakeRole(StaffPrincipal me) {
        if (INTAKE_ROLES.stream().noneMatch(me::has)) {
            accessLog.denied(AccessAction.CREATE, Set.of(), Set.of(), null);
            throw new AccessDeniedException("intake");
        }
    }

    private static Role role(StaffPrincipal me) {
        return INTAKE_ROLES.stream().filter(me::has).sorted().findFirst().orElse(null);
    }


    /** The report as this access may see it (free text is taken out by {@link DossierAccess#present}). */
    ReportView view(UUID id, DossierAccess access) {
        StaffPrincipal me = CurrentStaff.get();
        return jdbc.sql("""
                SELECT r.*, d.reference AS dossier_reference, t.name AS dossier_team,
                       vb.display_name AS verified_by_name, ib.display_name AS informed_by_name
                FROM report r JOIN dossier d ON d.id = r.dossier_id JOIN team t ON t.id = d.team_id
                LEFT JOIN staff_user vb ON vb.id = r.verified_by
                LEFT JOIN staff_user ib ON ib.id = r.treatment_informed_by
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
        boolean overdue = dueAt != null ? clock.instant().isAfter(dueAt)
                : LocalDate.ofInstant(clock.instant(), AssessmentDeadline.NL).isAfter(deadline.dueOn());
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
                           registered_given_names, registered_date_of_birth
                    FROM report_person WHERE report_id = :id ORDER BY registered_date_of_birth NULLS LAST""")
                    .param("id", id)
                    .query((p, i) -> new ReportView.Person(p.getObject(1, UUID.class), p.getString(2), p.getString(3),
                            p.getString(4), p.getString(5), p.getString(6), p.getObject(7, LocalDate.class)))
                    .list();
            household = new Household(rs.getString("household_postcode"), rs.getString("household_house_number"),
                    rs.getString("household_municipality_code"));
        } else {
            List<UUID> personIds = jdbc.sql("SELECT person_id FROM report_person WHERE report_id = :id")
                    .param("id", id).query(UUID.class).list();
            persons = dossiers.personsOf(dossierId, personIds).stream()
                    .map(p -> new ReportView.Person(p.personId(), p.role().name(), p.bsn(), p.surname(), p.surnamePrefix(),
                            p.givenNames(), p.dateOfBirth()))
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
                        municipality.map(Municipality::name).orElse(null), municipality.map(Municipality::regionCode).orElse(null)),
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
