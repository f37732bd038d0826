package nl.vangnet.inforequest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.disclosure.DataItem;
import nl.vangnet.disclosure.DisclosureKind;
import nl.vangnet.disclosure.Disclosures;
import nl.vangnet.disclosure.LegalGround;
import nl.vangnet.disclosure.NewDisclosure;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Information requests to professionals (Wmo 2015 art. 5.2.6), as the staff handle them: a worker on the case asks;
 * the request is registered as a disclosure (name, date of birth and the concern of the persons it is about go to the
 * professional) in the same transaction, and the link is mailed; the code is shown to the worker to give by phone. A
 * phone answer is recorded by the worker as a new version that the professional checks through a new link. Read with
 * need to know (without free text for administrative access), acted on by who works on the case; every read and act
 * logged.
 */
@Service
public class InformationRequests {

    /** The default due date: 10 working days after the request. */
    public static final int DUE_WORKING_DAYS = 10;
    /** The reminder: 3 working days before the due date. */
    public static final int REMINDER_WORKING_DAYS = 3;

    private final JdbcClient jdbc;
    private final RequestStore store;
    private final Dossiers dossiers;
    private final Disclosures disclosures;
    private final AccessLog accessLog;
    private final WorkingDays calendar;
    private final RequestMail mail;
    private final Clock clock;

    InformationRequests(JdbcClient jdbc, RequestStore store, Dossiers dossiers, Disclosures disclosures, AccessLog accessLog,
            WorkingDays calendar, RequestMail mail, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.dossiers = dossiers;
        this.disclosures = disclosures;
        this.accessLog = accessLog;
        this.calendar = calendar;
        this.mail = mail;
        this.clock = clock;
    }

    /** Makes the request, registers its disclosure and mails the link; the answer holds the code for the worker. */
    @Transactional
    public InformationRequestView create(UUID dossierId, NewInformationRequest in) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.CREATE, DossierAccess::worksOnCase);
        dossiers.requireOpen(dossierId);
        LocalDate today = DutchTime.today(clock);
        Checks v = new Checks();
        String name = v.required("professionalName", in.professionalName(), "Vul de naam van de professional in.");
        v.max("professionalName", name, Checks.MAX_SHORT_TEXT);
        String organisation = v.required("professionalOrganisation", in.professionalOrganisation(),
                "Vul de organisatie van de professional in.");
        v.max("professionalOrganisation", organisation, Checks.MAX_SHORT_TEXT);
        Profession profession = v.enumValue("profession", in.profession(), Profession.class,
                "Kies het beroep van de professional.", true);
        String email = v.required("professionalEmail", in.professionalEmail(), "Vul het e-mailadres van de professional in.");
        if (email != null && !email.matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+") || email != null && email.length() > 254) {
            v.reject("professionalEmail", "Dit is geen geldig e-mailadres.");
        }
        String phone = v.text("professionalPhone", in.professionalPhone(), 40);
        Set<UUID> personIds = new LinkedHashSet<>(v.each("personIds", in.personIds(), i -> id ->
                v.id("personIds[" + i + "]", id, "Kies een persoon.")));
        personIds.remove(null);
        if (in.personIds() == null || in.personIds().isEmpty()) {
            v.reject("personIds", "Kies over wie u informatie vraagt.");
        } else if (!dossiers.personIdsOf(dossierId).containsAll(personIds)) {
            v.reject("personIds", "Een van deze personen hoort niet bij dit dossier.");
        }
        String purpose = v.required("purpose", in.purpose(), "Schrijf waarom de informatie nodig is, zodat de professional "
                + "kan beoordelen wat relevant is.");
        v.max("purpose", purpose, 4000);
        Consent consent = v.enumValue("consent", in.consent(), Consent.class, "Kies of de betrokkenen toestemming gaven.", true);
        String withoutConsent = v.text("withoutConsentReason", in.withoutConsentReason(), 4000);
        if (consent != null && consent != Consent.ALL_CONSENTED && withoutConsent == null) {
            v.reject("withoutConsentReason", "Zonder toestemming van alle betrokkenen: schrijf waarom delen nodig is om "
                    + "het geweld te stoppen of te onderzoeken.");
        }
        Boolean personsKnow = v.yesNo("personsKnow", in.personsKnow(), "Kies of de betrokkenen van het verzoek weten.");
        String reaction = v.text("personsReaction", in.personsReaction(), 4000);
        RequestChannel channel = v.enumValue("channel", in.channel(), RequestChannel.class,
                "Kies of de professional telefonisch of schriftelijk antwoordt.", true);
        LocalDate due = calendar.afterWorkingDays(today, DUE_WORKING_DAYS);
        if (in.dueOn() != null && !in.dueOn().isBlank()) {
            due = v.anyDate("dueOn", in.dueOn(), null);
            if (due != null && !due.isAfter(today)) {
                v.reject("dueOn", "De uiterste datum ligt na vandaag.");
            } else if (due != null && due.isAfter(today.plusYears(1))) {
                v.reject("dueOn", "De uiterste datum ligt binnen een jaar.");
            }
        }
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        UUID disclosure = disclosures.register(new NewDisclosure(dossierId, DisclosureKind.INFORMATION_REQUEST, id, today,
                organisation, name, consent == Consent.ALL_CONSENTED ? LegalGround.CONSENT : LegalGround.INVESTIGATION_NECESSITY,
                Set.of(DataItem.NAME, DataItem.DATE_OF_BIRTH, DataItem.CONCERN), personIds,
                "Verzoek om informatie aan " + profession.name()));
        jdbc.sql("""
                INSERT INTO information_request (id, dossier_id, professional_name, professional_organisation, profession,
                    professional_email, professional_phone, purpose, consent, without_consent_reason, persons_know,
                    persons_reaction, channel, due_on, reminder_on, disclosure_id, requested_by, requested_at)
                VALUES (:id, :d, :name, :org, :profession, :email, :phone, :purpose, :consent, :without, :know, :reaction,
                    :channel, :due, :reminder, :disclosure, :by, :now)""")
                .param("id", id).param("d", dossierId).param("name", name).param("org", organisation)
                .param("profession", profession.name()).param("email", email).param("phone", phone).param("purpose", purpose)
                .param("consent", consent.name()).param("without", consent == Consent.ALL_CONSENTED ? null : withoutConsent)
                .param("know", personsKnow).param("reaction", reaction).param("channel", channel.name()).param("due", due)
                .param("reminder", reminderFor(calendar, today, due)).param("disclosure", disclosure)
                .param("by", CurrentStaff.get().id()).param("now", Timestamp.from(clock.instant())).update();
        for (UUID p : personIds) {
            jdbc.sql("INSERT INTO information_request_person (request_id, person_id) VALUES (:r, :p)")
                    .param("r", id).param("p", p).update();
        }
        sendLink(id);
        dossiers.recordChange(dossierId);
        accessLog.allowed(AccessAction.CREATE, access.role(), Set.of(dossierId), personIds, access.logReason());
        return view(store.find(id).orElseThrow(), access);
    }

    /** One request (need to know; logged). */
    @Transactional
    public InformationRequestView get(UUID dossierId, UUID requestId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ);
        RequestStore.Row row = rowIn(dossierId, requestId);
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), store.personIds(requestId), access.logReason());
        return view(row, access);
    }

    /** The dossier's requests, newest first (need to know; logged). */
    @Transactional
    public List<InformationRequestView> ofDossier(UUID dossierId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ);
        List<InformationRequestView> list = store.ofDossier(dossierId).stream().map(r -> view(r, access)).toList();
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), List.of(), access.logReason());
        return list;
    }

    /**
     * The worker's record of what the professional said by phone: a new version, sent to the professional to check
     * and approve through a new link (and code).
     */
    @Transactional
    public InformationRequestView answer(UUID dossierId, UUID requestId, String text) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.UPDATE, DossierAccess::worksOnCase);
        RequestStore.Row row = lockedIn(dossierId, requestId);
        String typed = text == null ? null : text.strip();
        if (typed == null || typed.isEmpty()) {
            throw Checks.refusal("text", "Schrijf op wat de professional vertelde.");
        }
        Checks v = new Checks();
        v.max("text", typed, Checks.MAX_TEXT);
        v.throwIfInvalid();
        InformationRequestView.Version latest = store.versions(requestId).stream().reduce((a, b) -> b).orElse(null);
        if (latest != null && latest.approvedAt() == null && latest.text().equals(typed)) {
            throw new BusinessRuleException("text", "Deze tekst ligt al bij de professional ter accordering.");
        }
        store.addVersion(requestId, typed, "WORKER", CurrentStaff.get().id(), clock.instant(), null);
        sendLink(requestId);
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), store.personIds(requestId), access.logReason());
        return view(store.find(row.id()).orElseThrow(), access);
    }

    /** A new link and code (the old ones stop working): after a failed mail, a locked or an expired link. */
    @Transactional
    public InformationRequestView newLink(UUID dossierId, UUID requestId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.UPDATE, DossierAccess::worksOnCase);
        RequestStore.Row row = lockedIn(dossierId, requestId);
        if (row.approved()) {
            throw new BusinessRuleException("De tekst is al geaccordeerd; leg eerst een gewijzigde tekst vast.");
        }
        sendLink(requestId);
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), store.personIds(requestId), access.logReason());
        return view(store.find(row.id()).orElseThrow(), access);
    }

    /**
     * Veilig Thuis decides to share a passage the professional marked (when safety allows): the decision, its reason,
     * who and when are recorded; the passage is then no longer left out of what goes to the involved persons.
     */
    @Transactional
    public InformationRequestView sharePassage(UUID dossierId, UUID requestId, UUID passageId, String reason) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.UPDATE, DossierAccess::worksOnCase);
        lockedIn(dossierId, requestId);
        Checks v = new Checks();
        String why = v.required("reason", reason, "Schrijf waarom de passage nu gedeeld kan worden.");
        v.max("reason", why, 4000);
        v.throwIfInvalid();
        int updated = jdbc.sql("""
                UPDATE information_request_passage p SET shared = true, share_decided_at = :now, share_decided_by = :me,
                    share_reason = :why
                WHERE p.id = :p AND NOT p.shared AND EXISTS (SELECT 1 FROM information_request_version v
                    WHERE v.id = p.version_id AND v.request_id = :r)""")
                .param("now", Timestamp.from(clock.instant())).param("me", CurrentStaff.get().id()).param("why", why)
                .param("p", passageId).param("r", requestId).update();
        if (updated == 0) {
            boolean exists = store.versions(requestId).stream().flatMap(x -> x.passages().stream())
                    .anyMatch(p -> p.id().equals(passageId));
            if (!exists) {
                throw new NotFoundException("Deze passage hoort niet bij dit verzoek.");
            }
            throw new BusinessRuleException("Over deze passage is al besloten dat die gedeeld wordt.");
        }
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), store.personIds(requestId), access.logReason());
        return view(store.find(requestId).orElseThrow(), access);
    }

    /**
     * The approved text of a request as it may go to the involved persons: every passage the professional marked and
     * Veilig Thuis did not decide to share is left out (for copies, inspection and letters). Empty when nothing is
     * approved. The caller has checked the access to the dossier.
     */
    public String textForInvolvedPersons(UUID requestId) {
        InformationRequestView.Version approved = store.versions(requestId).stream().filter(x -> x.approvedAt() != null)
                .reduce((a, b) -> b).orElse(null);
        return approved == null ? "" : SharedText.forInvolvedPersons(approved.text(), approved.passages());
    }

    /**
     * The approved requests of the dossier about this person, oldest first, whose {@link #textForInvolvedPersons} goes
     * into a copy of the person's data. The caller has checked and logs the access.
     */
    public List<UUID> approvedAbout(UUID dossierId, UUID personId) {
        return store.ofDossier(dossierId).reversed().stream()
                .filter(r -> r.approved() && store.personIds(r.id()).contains(personId)).map(RequestStore.Row::id).toList();
    }

    /** An open request as the work list shows it: by when, and whether its reminder date or a link problem is there. */
    public record OpenRequest(UUID id, UUID dossierId, String dossierReference, LocalDate dueOn, LocalDate reminderOn,
            RequestStatus status, boolean overdue) {
    }

    /**
     * Requests not yet approved, of the dossiers assigned to me or of my teams (the work list has decided that I may
     * see my teams' list); logged as one list.
     */
    @Transactional
    public List<OpenRequest> open(boolean team) {
        StaffPrincipal me = CurrentStaff.get();
        List<RequestStore.Row> rows = store.open(team, me.id(), me.teamIdsOrNone());
        if (!rows.isEmpty()) {
            accessLog.allowed(AccessAction.LIST, null, rows.stream().map(RequestStore.Row::dossierId).distinct().toList(),
                    List.of(), null);
        }
        LocalDate today = DutchTime.today(clock);
        return rows.stream().map(r -> new OpenRequest(r.id(), r.dossierId(), r.dossierReference(), r.dueOn(), r.reminderOn(),
                r.status(clock.instant()), r.dueOn().isBefore(today))).toList();
    }

    /** A new link and code, mailed; the outcome of the mail is stored with the request. */
    private void sendLink(UUID requestId) {
        String token = AccessLinks.newToken();
        store.issueLink(requestId, token, AccessLinks.newCode(), clock.instant());
        RequestStore.Row row = store.find(requestId).orElseThrow();
        boolean sent = mail.send(row.professionalEmail(), row.professionalName(), CurrentStaff.get().displayName(), token);
        store.mailOutcome(requestId, sent, clock.instant());
    }

    /**
     * The reminder: {@value #REMINDER_WORKING_DAYS} working days before the due date, never before today (a due date
     * that near has its reminder at once).
     */
    static LocalDate reminderFor(WorkingDays calendar, LocalDate today, LocalDate due) {
        LocalDate day = due;
        int counted = 0;
        while (counted < REMINDER_WORKING_DAYS && day.isAfter(today)) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day.isBefore(today) ? today : day;
    }

    private RequestStore.Row rowIn(UUID dossierId, UUID requestId) {
        return store.find(requestId).filter(r -> r.dossierId().equals(dossierId))
                .orElseThrow(() -> new NotFoundException("Dit informatieverzoek bestaat niet in dit dossier."));
    }

    private RequestStore.Row lockedIn(UUID dossierId, UUID requestId) {
        jdbc.sql("SELECT id FROM information_request WHERE id = :id AND dossier_id = :d FOR UPDATE")
                .param("id", requestId).param("d", dossierId).query(UUID.class).optional()
                .orElseThrow(() -> new NotFoundException("Dit informatieverzoek bestaat niet in dit dossier."));
        return store.find(requestId).orElseThrow();
    }

    /** The view; the code only for who works on the case, while the link is usable; free text as the access may see it. */
    private InformationRequestView view(RequestStore.Row r, DossierAccess access) {
        var persons = dossiers.personsOf(r.dossierId(), store.personIds(r.id())).stream()
                .map(p -> new InformationRequestView.Person(p.personId(), p.fullName(), p.dateOfBirth())).toList();
        boolean code = access != null && access.worksOnCase() && r.linkUsable(clock.instant());
        InformationRequestView view = new InformationRequestView(r.id(), r.dossierId(), r.dossierReference(),
                r.professionalName(), r.professionalOrganisation(), r.profession(), r.professionalEmail(),
                r.professionalPhone(), persons, r.purpose(), r.consent(), r.withoutConsentReason(), r.personsKnow(),
                r.personsReaction(), r.channel(), r.dueOn(), r.reminderOn(),
                !r.approved() && r.dueOn().isBefore(DutchTime.today(clock)), r.status(clock.instant()),
                code ? r.accessCode() : null, r.linkExpiresAt(), r.wrongCodes(), r.mailSentAt(), r.mailFailedAt(),
                r.requestedBy(), r.requestedAt(), r.disclosureId(), r.informedPersons(), r.informedOn(),
                r.notInformedReason(), access == null ? List.of() : store.versions(r.id()));
        return access == null ? view : access.present(view);
    }
}
