package nl.vangnet.rights;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.calendar.Deadline;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.document.Documents;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.DossierSummary;
import nl.vangnet.dossier.DossierView;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.letter.LetterPdf;
import nl.vangnet.person.Person;
import nl.vangnet.person.Persons;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rights requests from intake to decision. A worker on a dossier of the person takes a request in
 * ({@link DossierAccess#worksOnCase()}), admitted by {@link WhoMayAsk}; the FG sees every request, extends its period
 * once ({@link RightsDeadline}) and decides, with the letter stored as a document of the dossier. The FG's access to
 * the dossier is the policy's {@code DATA_PROTECTION} basis (reference, persons, the decision letter; no content).
 * Every read and write logs one access-log entry in its transaction; every refusal is logged.
 */
@Service
public class RightsRequests {

    static final Set<Role> TAKE_IN = Set.of(Role.CASE_WORKER, Role.CRISIS_WORKER, Role.TEAM_LEADER);

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final Persons persons;
    private final Documents documents;
    private final AccessLog accessLog;
    private final WorkingDays calendar;
    private final List<RightEffect> effects;
    private final Clock clock;

    RightsRequests(JdbcClient jdbc, Dossiers dossiers, Persons persons, Documents documents, AccessLog accessLog,
            WorkingDays calendar, List<RightEffect> effects, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.persons = persons;
        this.documents = documents;
        this.accessLog = accessLog;
        this.calendar = calendar;
        this.effects = List.copyOf(effects);
        this.clock = clock;
    }

    /**
     * Takes a request in: only by a worker on a dossier of the person (refused, logged, otherwise); bad input is
     * refused at its field, and a requester the table does not admit at {@code requester} with the rule; nothing is
     * stored then. One access-log entry (CREATE) on the dossier and the person.
     */
    @Transactional
    public RightsRequestView takeIn(RightsInput.NewRequest in) {
        StaffPrincipal me = CurrentStaff.get();
        Checks v = new Checks();
        UUID dossierId = v.id("dossierId", in.dossierId(), null);
        if (dossierId != null) {
            dossiers.requireAccess(dossierId, AccessAction.CREATE, DossierAccess::worksOnCase);
        } else if (TAKE_IN.stream().noneMatch(me::has)) {
            accessLog.denied(AccessAction.CREATE, Set.of(), Set.of(), null);
            throw new AccessDeniedException("rights request");
        }
        LocalDate today = DutchTime.today(clock);
        RightKind kind = v.enumValue("kind", in.kind(), RightKind.class, "Kies wat er wordt gevraagd: inzage, afschrift, "
                + "correctie, eigen verklaring, vernietiging, beperking, bezwaar of klacht.", true);
        UUID personId = v.id("personId", in.personId(), "Kies over welke persoon het verzoek gaat.");
        Requester requester = v.enumValue("requester", in.requester(), Requester.class, "Kies wie het verzoek doet: de "
                + "persoon zelf, een ouder met gezag, de voogd of de wettelijk vertegenwoordiger.", true);
        String requesterName = v.text("requesterName", in.requesterName(), Checks.MAX_SHORT_TEXT);
        if (requester != null && requester != Requester.SELF && requesterName == null) {
            v.reject("requesterName", "Vul de naam in van wie het verzoek namens de persoon doet.");
        }
        IdentityCheck check = v.enumValue("identityCheck", in.identityCheck(), IdentityCheck.class, "Kies hoe de "
                + "identiteit van de verzoeker is gecontroleerd.", true);
        IdentityCheck.DocumentType document = v.enumValue("idDocumentType", in.idDocumentType(),
                IdentityCheck.DocumentType.class, "Kies het soort identiteitsbewijs: paspoort, identiteitskaart, "
                        + "rijbewijs of verblijfsdocument.", check != null && check != IdentityCheck.KNOWN_TO_WORKER);
        if (kind == RightKind.COPY && check != null && check != IdentityCheck.ID_COPY_CHECKED) {
            v.reject("identityCheck", "Voor een afschrift is een kopie van een identiteitsbewijs nodig: leg vast dat die "
                    + "is gecontroleerd (de kopie zelf wordt niet bewaard).");
        }
        LocalDate receivedOn = v.pastDate("receivedOn", in.receivedOn(), today, "Vul in op welke datum het verzoek binnenkwam.");
        String text = v.required("text", in.text(), "Vul het verzoek in zoals het is gedaan.");
        List<UUID> consentedIds = v.each("consentedPersonIds", in.consentedPersonIds(),
                i -> s -> v.id("consentedPersonIds[" + i + "]", s, null));
        OwnStatementInput statement = OwnStatementInput.check(v, kind, in);
        v.throwIfInvalid();

        List<UUID> inDossiers = dossiers.dossierIdsOfPerson(personId);
        if (dossierId != null && !inDossiers.contains(dossierId)) {
            throw Checks.refusal("personId", "Deze persoon hoort niet bij dit dossier.");
        }
        if (inDossiers.isEmpty()) {
            throw Checks.refusal("personId", "Deze persoon staat in geen dossier.");
        }
        if (dossierId == null) {
            dossierId = inDossiers.stream().filter(d -> dossiers.access(d).filter(DossierAccess::worksOnCase).isPresent())
                    .findFirst().orElseGet(() -> {
                        accessLog.denied(AccessAction.CREATE, inDossiers, Set.of(personId), null);
                        throw new AccessDeniedException("rights request");
                    });
        }
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.CREATE, DossierAccess::worksOnCase);
        List<UUID> othersInDossier = dossiers.personIdsOf(dossierId);
        if (consentedIds.stream().anyMatch(c -> c.equals(personId) || !othersInDossier.contains(c))) {
            throw Checks.refusal("consentedPersonIds", "Kies alleen andere personen van dit dossier die instemmen met het "
                    + "geven van hun gegevens.");
        }
        Person person = persons.find(personId).orElseThrow(() -> Checks.refusal("personId", "Deze persoon bestaat niet."));
        WhoMayAsk.Verdict verdict = WhoMayAsk.decide(requester, person.dateOfBirth(), receivedOn,
                Boolean.TRUE.equals(in.personIncapacitated()), Boolean.TRUE.equals(in.personConsented()));
        if (!verdict.allowed()) {
            throw Checks.refusal("requester", verdict.refusal());
        }
        UUID id = UUID.randomUUID();
        LocalDate due = RightsDeadline.firstDue(receivedOn, calendar);
        jdbc.sql("""
                INSERT INTO rights_request (id, kind, person_id, dossier_id, requester, requester_name, person_consented,
                    person_incapacitated, age_on_receipt, admitted_by_rule, identity_check, id_document_type,
                    identity_checked_by, received_on, request_text, status, first_due_on, due_on, taken_in_by, taken_in_at)
                VALUES (:id, :kind, :person, :dossier, :requester, :requesterName, :consented, :incapacitated, :age, :rule,
                    :check, :document, :by, :received, :text, 'RECEIVED', :due, :due, :by, :now)""")
                .param("id", id).param("kind", kind.name()).param("person", personId).param("dossier", dossierId)
                .param("requester", requester.name())
                .param("requesterName", requester == Requester.SELF ? null : requesterName)
                .param("consented", Boolean.TRUE.equals(in.personConsented()))
                .param("incapacitated", Boolean.TRUE.equals(in.personIncapacitated())).param("age", verdict.age())
                .param("rule", verdict.rule()).param("check", check.name())
                .param("document", check == IdentityCheck.KNOWN_TO_WORKER ? null : document.name())
                .param("by", me.id()).param("received", receivedOn).param("text", text).param("due", due)
                .param("now", Timestamp.from(clock.instant())).update();
        if (!consentedIds.isEmpty()) {
            jdbc.sql("UPDATE rights_request SET consented_person_ids = :c WHERE id = :id")
                    .param("c", consentedIds.stream().distinct().toArray(UUID[]::new)).param("id", id).update();
        }
        statement.store(jdbc, id);
        accessLog.allowed(AccessAction.CREATE, access.role(), Set.of(dossierId), Set.of(personId), access.logReason());
        return find(id);
    }

    /** What the intake form offers: the dossier's reference and persons, for a worker on the case; one READ entry. */
    public record IntakeChoices(UUID dossierId, String reference, List<DossierView.InvolvedPerson> persons) {
    }

    @Transactional
    public IntakeChoices intakeChoices(UUID dossierId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ, DossierAccess::worksOnCase);
        List<DossierView.InvolvedPerson> inDossier = dossiers.personsOf(dossierId);
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId),
                inDossier.stream().map(DossierView.InvolvedPerson::personId).toList(), access.logReason());
        return new IntakeChoices(dossierId, dossiers.summary(dossierId).map(DossierSummary::reference).orElseThrow(), inDossier);
    }

    /** One request: for the FG, and for a worker on its dossier (refused, logged, otherwise); one READ entry. */
    @Transactional
    public RightsRequestView get(UUID id) {
        StaffPrincipal me = CurrentStaff.get();
        if (!me.has(Role.DATA_PROTECTION_OFFICER) && TAKE_IN.stream().noneMatch(me::has)) {
            accessLog.denied(AccessAction.READ, Set.of(), Set.of(), null);
            throw new AccessDeniedException("rights request");
        }
        RightsRequestView r = find(id);
        DossierAccess access = me.has(Role.DATA_PROTECTION_OFFICER)
                ? dossiers.requireDataProtection(r.dossierId(), AccessAction.READ)
                : dossiers.requireAccess(r.dossierId(), AccessAction.READ, DossierAccess::worksOnCase);
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(r.dossierId()), Set.of(r.personId()), access.logReason());
        return r;
    }

    /** The FG's work list: every request, the open ones first by due date, overdue visible; one LIST entry. */
    @Transactional
    public List<RightsRequestView.Row> workList() {
        requireDataProtectionOfficer(AccessAction.LIST);
        List<RightsRequestView.Row> rows = jdbc.sql(SELECT + """
                ORDER BY r.decided_on IS NOT NULL, r.status = 'WITHDRAWN', r.due_on, r.received_on LIMIT 500""")
                .query((rs, n) -> row(view(rs))).list();
        Map<UUID, String> names = names(rows.stream().map(RightsRequestView.Row::personId).toList());
        if (!rows.isEmpty()) {
            accessLog.allowed(AccessAction.LIST, Role.DATA_PROTECTION_OFFICER,
                    rows.stream().map(RightsRequestView.Row::dossierId).collect(Collectors.toSet()), names.keySet(),
                    "Werkvoorraad verzoeken van betrokkenen (FG)");
        }
        return rows.stream().map(r -> new RightsRequestView.Row(r.id(), r.kind(), r.status(), r.personId(),
                names.get(r.personId()), r.dossierId(), r.dossierReference(), r.requester(), r.receivedOn(), r.dueOn(),
                r.extended(), r.overdue(), r.decidedOn())).toList();
    }

    /**
     * The FG extends the period once by two months for a complex dossier, while the first month runs, with the reason
     * and how and when (within the first month) the requester was told; one UPDATE entry.
     */
    @Transactional
    public RightsRequestView extend(UUID id, RightsInput.Extension in) {
        requireDataProtectionOfficer(AccessAction.UPDATE);
        RightsRequestView r = find(id);
        DossierAccess access = dossiers.requireDataProtection(r.dossierId(), AccessAction.UPDATE);
        LocalDate today = DutchTime.today(clock);
        Checks v = new Checks();
        String reason = v.required("reason", in.reason(), "Geef de reden waarom het dossier ingewikkeld is.");
        v.max("reason", reason, Checks.MAX_REMARK);
        LocalDate toldOn = v.pastDate("requesterToldOn", in.requesterToldOn(), today,
                "Vul in wanneer de verzoeker over de verlenging is ingelicht.");
        IdentityCheck.Told how = v.enumValue("requesterToldHow", in.requesterToldHow(), IdentityCheck.Told.class,
                "Kies hoe de verzoeker is ingelicht: per brief, e-mail, telefoon of persoonlijk.", true);
        if (toldOn != null && v.ok("requesterToldOn") && toldOn.isBefore(r.receivedOn())) {
            v.reject("requesterToldOn", "De verzoeker kan niet zijn ingelicht voordat het verzoek binnenkwam.");
        } else if (toldOn != null && v.ok("requesterToldOn") && toldOn.isAfter(r.firstDueOn())) {
            v.reject("requesterToldOn", "De verzoeker moet binnen de eerste maand worden ingelicht (uiterlijk "
                    + LetterPdf.longDate(r.firstDueOn()) + ").");
        }
        v.throwIfInvalid();
        Instant now = clock.instant();
        Deadline extended = RightsDeadline.extend(r.status(), r.receivedOn(), today, reason, calendar,
                CurrentStaff.get().id(), now);
        jdbc.sql("""
                UPDATE rights_request SET status = 'EXTENDED', due_on = :due, extension_reason = :reason, extended_by = :by,
                    extended_at = :now, requester_told_on = :told, requester_told_how = :how
                WHERE id = :id AND status = 'RECEIVED'""")
                .param("due", extended.due().on()).param("reason", reason).param("by", CurrentStaff.get().id())
                .param("now", Timestamp.from(now)).param("told", toldOn).param("how", how.name()).param("id", id).update();
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(r.dossierId()), Set.of(r.personId()), access.logReason());
        return find(id);
    }

    /**
     * The FG decides, with reasons unless granted: the decision letter (PDF) is stored as a document of the dossier
     * about the person, its CREATE the one access-log entry.
     */
    @Transactional
    public RightsRequestView decide(UUID id, RightsInput.Decision in) {
        requireDataProtectionOfficer(AccessAction.UPDATE);
        RightsRequestView r = find(id);
        dossiers.requireDataProtection(r.dossierId(), AccessAction.UPDATE);
        Checks v = new Checks();
        RightsRequestStatus outcome = v.enumValue("outcome", in.outcome(), RightsRequestStatus.class,
                "Kies de beslissing: toegewezen, gedeeltelijk toegewezen of afgewezen.", true);
        if (outcome != null && !Set.of(RightsRequestStatus.GRANTED, RightsRequestStatus.PARTLY_GRANTED,
                RightsRequestStatus.REFUSED).contains(outcome)) {
            v.reject("outcome", "Kies de beslissing: toegewezen, gedeeltelijk toegewezen of afgewezen.");
        }
        String reasons = v.text("reasons", in.reasons(), Checks.MAX_TEXT);
        if (outcome != null && outcome != RightsRequestStatus.GRANTED && reasons == null) {
            v.reject("reasons", "Geef de redenen: die zijn verplicht als het verzoek niet helemaal wordt toegewezen.");
        }
        boolean correcting = r.kind() == RightKind.CORRECTION && outcome != null && outcome != RightsRequestStatus.REFUSED;
        CorrectionEffect.Corrected correction = CorrectionEffect.check(v, correcting ? in.correction() : null,
                DutchTime.today(clock));
        if (correcting && correction.isEmpty() && v.ok("correction")) {
            v.reject("correction", "Geef aan wat er van de gegevens van de persoon wordt gecorrigeerd.");
        }
        v.throwIfInvalid();
        RightsRequestStatus next = r.status().decide(outcome);
        LocalDate today = DutchTime.today(clock);
        byte[] pdf = DecisionLetter.render(r, next, reasons, today);
        Documents.Document letter = documents.storeRightsDecision(r.dossierId(),
                DecisionLetter.fileName(r.dossierReference(), today), pdf, List.of(r.personId()));
        jdbc.sql("""
                UPDATE rights_request SET status = :status, decided_on = :today, decision_reasons = :reasons, decided_by = :by,
                    decided_at = :now, letter_document_id = :letter
                WHERE id = :id AND status IN ('RECEIVED', 'EXTENDED')""")
                .param("status", next.name()).param("today", today).param("reasons", reasons)
                .param("by", CurrentStaff.get().id()).param("now", Timestamp.from(clock.instant()))
                .param("letter", letter.id()).param("id", id).update();
        if (correcting) {
            CorrectionEffect.store(jdbc, id, correction);
        }
        if (next == RightsRequestStatus.GRANTED || next == RightsRequestStatus.PARTLY_GRANTED) {
            for (RightEffect effect : effects) {
                if (effect.kinds().contains(r.kind())) {
                    effect.granted(r, next, reasons, today);
                }
            }
        }
        return find(id);
    }

    /** The decision letter, for the FG (the workers open it with the dossier's documents). */
    @Transactional
    public Documents.Download letter(UUID id) {
        requireDataProtectionOfficer(AccessAction.READ);
        RightsRequestView r = find(id);
        if (r.letterDocumentId() == null) {
            throw new NotFoundException("Over dit verzoek is nog niet beslist; er is geen brief.");
        }
        return documents.downloadRightsDecision(r.dossierId(), r.letterDocumentId());
    }

    /** Only the FG handles the requests, lifts their restrictions and makes their copies (anyone else refused, logged). */
    void requireDataProtectionOfficer(AccessAction action) {
        if (!CurrentStaff.get().has(Role.DATA_PROTECTION_OFFICER)) {
            accessLog.denied(action, Set.of(), Set.of(), null);
            throw new AccessDeniedException("rights requests");
        }
    }

    static final String SELECT = """
            SELECT r.*, d.reference, c.display_name AS checked_by_name, t.display_name AS taken_in_by_name,
                   f.display_name AS decided_by_name
            FROM rights_request r JOIN dossier_ref d ON d.id = r.dossier_id
            LEFT JOIN staff_name c ON c.id = r.identity_checked_by LEFT JOIN staff_name t ON t.id = r.taken_in_by
            LEFT JOIN staff_name f ON f.id = r.decided_by
            """;

    /** The request as stored, not logged: for this module's services that check the access and log themselves. */
    RightsRequestView stored(UUID id) {
        return find(id);
    }

    /** The request as stored (the caller has checked the access). */
    private RightsRequestView find(UUID id) {
        RightsRequestView r = jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query((rs, n) -> view(rs))
                .optional().orElseThrow(() -> new NotFoundException("Dit verzoek bestaat niet."));
        return withName(r, names(List.of(r.personId())).get(r.personId()));
    }

    private Map<UUID, String> names(List<UUID> personIds) {
        return persons.findAll(Set.copyOf(personIds)).stream().collect(Collectors.toMap(Person::id, Person::fullName));
    }

    private static RightsRequestView withName(RightsRequestView r, String name) {
        return new RightsRequestView(r.id(), r.kind(), r.personId(), name, r.dossierId(), r.dossierReference(),
                r.requester(), r.requesterName(), r.personConsented(), r.personIncapacitated(), r.ageOnReceipt(),
                r.admittedByRule(), r.identityCheck(), r.idDocumentType(), r.identityCheckedBy(), r.receivedOn(), r.text(),
                r.status(), r.firstDueOn(), r.dueOn(), r.deadline(), r.overdue(), r.extensionReason(), r.requesterToldOn(),
                r.requesterToldHow(), r.decidedOn(), r.decisionReasons(), r.decidedBy(), r.letterDocumentId(), r.takenInBy());
    }

    private static RightsRequestView.Row row(RightsRequestView r) {
        return new RightsRequestView.Row(r.id(), r.kind(), r.status(), r.personId(), null, r.dossierId(),
                r.dossierReference(), r.requester(), r.receivedOn(), r.dueOn(), r.extensionReason() != null, r.overdue(),
                r.decidedOn());
    }

    private RightsRequestView view(ResultSet rs) throws SQLException {
        RightsRequestStatus status = RightsRequestStatus.valueOf(rs.getString("status"));
        LocalDate received = rs.getObject("received_on", LocalDate.class);
        LocalDate firstDue = rs.getObject("first_due_on", LocalDate.class);
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        LocalDate decided = rs.getObject("decided_on", LocalDate.class);
        Timestamp extendedAt = rs.getTimestamp("extended_at");
        Deadline period = RightsDeadline.period(received, firstDue, due, rs.getString("extension_reason"),
                rs.getObject("extended_by", UUID.class), extendedAt == null ? null : extendedAt.toInstant(), decided);
        Deadline.Status deadline = status == RightsRequestStatus.WITHDRAWN ? null : period.status(clock);
        UUID personId = rs.getObject("person_id", UUID.class);
        return new RightsRequestView(rs.getObject("id", UUID.class), RightKind.valueOf(rs.getString("kind")), personId,
                null, rs.getObject("dossier_id", UUID.class), rs.getString("reference"),
                Requester.valueOf(rs.getString("requester")), rs.getString("requester_name"),
                rs.getBoolean("person_consented"), rs.getBoolean("person_incapacitated"),
                (Integer) rs.getObject("age_on_receipt"), rs.getString("admitted_by_rule"),
                IdentityCheck.valueOf(rs.getString("identity_check")),
                enumOrNull(IdentityCheck.DocumentType.class, rs.getString("id_document_type")),
                rs.getString("checked_by_name"), received, rs.getString("request_text"), status, firstDue, due, deadline,
                deadline == Deadline.Status.OVERDUE, rs.getString("extension_reason"),
                rs.getObject("requester_told_on", LocalDate.class),
                enumOrNull(IdentityCheck.Told.class, rs.getString("requester_told_how")), decided,
                rs.getString("decision_reasons"), rs.getString("decided_by_name"),
                rs.getObject("letter_document_id", UUID.class), rs.getString("taken_in_by_name"));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
