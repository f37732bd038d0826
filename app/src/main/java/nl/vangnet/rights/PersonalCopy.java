package nl.vangnet.rights;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.accesslog.AccessLogReview;
import nl.vangnet.accesslog.AccessLogRow;
import nl.vangnet.disclosure.DisclosureRegister;
import nl.vangnet.disclosure.DisclosureView;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.DossierView;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.OwnStatements;
import nl.vangnet.dossier.TimelineSources;
import nl.vangnet.inforequest.InformationRequests;
import nl.vangnet.intake.ReportsAboutPerson;
import nl.vangnet.letter.LetterPdf;
import nl.vangnet.person.PersonCorrections;
import nl.vangnet.person.PersonDetails;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A copy (PDF, for the FG) or an on-screen inspection (for the FG or a worker on the case, with the person) of ONLY
 * the data about the person of a granted copy or inspection request (AVG art. 15; DOMAIN.md "Rights of the persons in
 * a dossier"): their registered data, the reports naming them, the events of the working file about them or the whole
 * household (household texts with every other person's names, BSNs and dates of birth and the reporter's identity
 * left out, unless that person consented), the information-request texts about them without the passages not shared,
 * the disclosures about them and who accessed their data. The one place the FG reads content: an explicit action,
 * logged as exactly one access-log entry naming the dossier, the person and the request.
 */
@Service
public class PersonalCopy {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final RightsRequests requests;
    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final PersonCorrections persons;
    private final ReportsAboutPerson reports;
    private final ObjectProvider<TimelineSources> timeline;
    private final InformationRequests informationRequests;
    private final OwnStatements ownStatements;
    private final DisclosureRegister disclosures;
    private final AccessLogReview accessLogReview;
    private final AccessLog accessLog;
    private final MessageSource messages;
    private final Clock clock;

    PersonalCopy(RightsRequests requests, JdbcClient jdbc, Dossiers dossiers, PersonCorrections persons,
            ReportsAboutPerson reports, ObjectProvider<TimelineSources> timeline, InformationRequests informationRequests,
            OwnStatements ownStatements, DisclosureRegister disclosures, AccessLogReview accessLogReview, AccessLog accessLog, MessageSource messages,
            Clock clock) {
        this.requests = requests;
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.persons = persons;
        this.reports = reports;
        this.timeline = timeline;
        this.informationRequests = informationRequests;
        this.ownStatements = ownStatements;
        this.disclosures = disclosures;
        this.accessLogReview = accessLogReview;
        this.accessLog = accessLog;
        this.messages = messages;
        this.clock = clock;
    }

    /** The copy as a PDF file, for the FG only (anyone else refused, logged); one EXPORT entry naming the request. */
    public record File(String fileName, byte[] content) {
    }

    @Transactional
    public File copy(UUID requestId) {
        requests.requireDataProtectionOfficer(AccessAction.EXPORT);
        RightsRequestView r = requests.stored(requestId);
        requireGranted(r);
        DossierAccess access = dossiers.requireDataProtection(r.dossierId(), AccessAction.EXPORT);
        CopyDocument document = gather(r, false);
        accessLog.allowed(AccessAction.EXPORT, access.role(), Set.of(r.dossierId()), Set.of(r.personId()),
                "Afschrift voor verzoek van een betrokkene " + r.id());
        return new File("afschrift-" + r.dossierReference() + "-" + DutchTime.today(clock) + ".pdf",
                document.pdf());
    }

    /**
     * The same content on screen, in a session with the person: for the FG or a worker on the case (anyone else
     * refused, logged); one READ entry naming the request.
     */
    @Transactional
    public CopyDocument inspection(UUID requestId) {
        boolean fg = CurrentStaff.get().has(Role.DATA_PROTECTION_OFFICER);
        if (!fg && RightsRequests.TAKE_IN.stream().noneMatch(CurrentStaff.get()::has)) {
            accessLog.denied(AccessAction.READ, Set.of(), Set.of(), null);
            throw new AccessDeniedException("inspection");
        }
        RightsRequestView r = requests.stored(requestId);
        DossierAccess access = fg ? dossiers.requireDataProtection(r.dossierId(), AccessAction.READ)
                : dossiers.requireAccess(r.dossierId(), AccessAction.READ, DossierAccess::worksOnCase);
        requireGranted(r);
        CopyDocument document = gather(r, true);
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(r.dossierId()), Set.of(r.personId()),
                "Inzage op het scherm voor verzoek van een betrokkene " + r.id());
        return document;
    }

    /** A copy or inspection is given only on a granted (or partly granted) copy or inspection request. */
    static void requireGranted(RightsRequestView r) {
        if (r.kind() != RightKind.COPY && r.kind() != RightKind.INSPECTION) {
            throw new BusinessRuleException("Dit is geen verzoek om inzage of een afschrift; er is geen afschrift van.");
        }
        if (r.status() != RightsRequestStatus.GRANTED && r.status() != RightsRequestStatus.PARTLY_GRANTED) {
            throw new BusinessRuleException(r.status().open()
                    ? "Over dit verzoek is nog niet beslist; een afschrift of inzage volgt pas als het is toegewezen."
                    : "Dit verzoek is niet toegewezen; er wordt geen afschrift of inzage gegeven.");
        }
    }

    private CopyDocument gather(RightsRequestView r, boolean onScreen) {
        UUID dossierId = r.dossierId();
        UUID personId = r.personId();
        List<DossierView.InvolvedPerson> involved = dossiers.personsOf(dossierId);
        DossierView.InvolvedPerson me = involved.stream().filter(p -> p.personId().equals(personId)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("Deze persoon staat niet (meer) in het dossier."));
        Set<UUID> consented = Set.copyOf(jdbc.sql("SELECT unnest(consented_person_ids) FROM rights_request WHERE id = :id")
                .param("id", r.id()).query(UUID.class).list());
        List<DossierView.InvolvedPerson> others = involved.stream()
                .filter(p -> !p.personId().equals(personId) && !consented.contains(p.personId())).toList();
        OthersLeftOut redact = OthersLeftOut.of(others, reports.reporterIdentities(dossierId));
        Set<UUID> shown = involved.stream().map(DossierView.InvolvedPerson::personId)
                .filter(id -> id.equals(personId) || consented.contains(id)).collect(Collectors.toSet());

        PersonDetails details = persons.details(personId).orElseThrow();
        List<String[]> registered = new ArrayList<>();
        registered.add(row("Naam", me.fullName()));
        registered.add(row("Geboortedatum", me.dateOfBirth() == null ? "onbekend" : DAY.format(me.dateOfBirth())));
        registered.add(row("BSN", me.bsn() == null ? "niet bekend" : me.bsn()));
        registered.add(row("Adres (postcode en huisnummer)", details.postcode() == null ? "niet bekend"
                : details.postcode() + " " + nullToEmpty(details.houseNumber())));
        registered.add(row("Rol in het dossier", message("person.role." + me.role())));
        registered.add(row("Dossier", r.dossierReference()));

        List<CopyDocument.Section> sections = new ArrayList<>();
        // Own statements go with the data they dispute, in every view and copy.
        sections.add(CopyDocument.Section.table("Uw eigen verklaringen",
                new String[] {"Toegevoegd op", "Betwist", "Verklaring"},
                ownStatements.about(personId).stream().filter(s -> s.dossierId().equals(dossierId))
                        .map(s -> new String[] {DAY.format(s.addedOn()), message("ownStatement.disputes." + s.disputes()),
                                s.statement()}).toList()));
        sections.add(CopyDocument.Section.table("Meldingen waarin u wordt genoemd",
                new String[] {"Melding", "Ontvangen", "Kanaal", "Soorten geweld", "Uw rol", "Zorg zoals gemeld"},
                reports.of(dossierId, personId).stream().map(m -> row(m.reference(), moment(m.receivedAt()),
                        message("channel." + m.channel()), m.violenceTypes().stream().map(v -> message("violence." + v))
                                .collect(Collectors.joining(", ")), message("person.role." + m.role()),
                        redact.apply(m.concern()))).toList()));
        sections.add(CopyDocument.Section.table("Het dossier: beoordeling, trajecten, journaal, documenten en brieven",
                new String[] {"Wanneer", "Wat", "Tekst of naam"}, timeline.orderedStream()
                        .flatMap(s -> s.timelineOf(dossierId).stream())
                        .filter(e -> e.kind() != TimelineSources.Kind.REPORT)
                        .filter(e -> e.personIds().isEmpty() || e.personIds().stream().anyMatch(shown::contains))
                        .sorted(Comparator.comparing(TimelineSources.Entry::at))
                        .map(e -> row(e.dateOnly() ? DAY.format(e.at().atZone(DutchTime.ZONE)) : moment(e.at()),
                                messages.getMessage(e.titleKey(), e.titleArgs().toArray(), e.titleKey(), DUTCH),
                                redact.apply(e.text())))
                        .toList()));
        sections.add(CopyDocument.Section.text("Informatie van professionals over u",
                informationRequests.approvedAbout(dossierId, personId).stream()
                        .map(id -> redact.apply(informationRequests.textForInvolvedPersons(id)))
                        .filter(t -> t != null && !t.isBlank()).toList()));
        sections.add(CopyDocument.Section.table("Aan wie gegevens over u zijn verstrekt",
                new String[] {"Datum", "Ontvanger", "Grondslag", "Gegevens"},
                disclosures.aboutPersonInDossier(dossierId, personId).stream().map(this::disclosure).toList()));
        sections.add(CopyDocument.Section.table("Wie uw gegevens heeft ingezien (toegangslog, NEN 7513)",
                new String[] {"Wanneer", "Wie", "Rol", "Handeling", "Uitkomst", "Dossier"},
                accessLogReview.overviewForRightsRequest(personId).stream().map(a -> access(a, r.dossierReference())).toList()));

        String intro = "Dit is " + (onScreen ? "de inzage" : "het afschrift") + " van de gegevens over "
                + me.fullName() + " in dossier " + r.dossierReference() + " van Veilig Thuis, op het verzoek ontvangen op "
                + LetterPdf.longDate(r.receivedOn()) + " en toegewezen op " + LetterPdf.longDate(r.decidedOn())
                + ". Opgemaakt op " + LetterPdf.longDate(DutchTime.today(clock)) + ".";
        String leftOut = "Dit overzicht bevat alleen gegevens over u. Gegevens over andere personen in het dossier zijn "
                + "weggelaten" + (consented.isEmpty() ? "" : ", behalve over wie daarmee heeft ingestemd")
                + "; waar een tekst over het hele huishouden gaat, zijn hun namen, BSN's en geboortedata vervangen door "
                + OthersLeftOut.MARK + ". Wie de melding deed, staat er niet in. Passages die een professional als niet te "
                + "delen heeft gemarkeerd en die Veilig Thuis niet heeft besloten te delen, zijn weggelaten.";
        return new CopyDocument((onScreen ? "Inzage" : "Afschrift") + " van uw gegevens bij Veilig Thuis",
                intro, registered, sections, leftOut);
    }

    private String[] disclosure(DisclosureView d) {
        String recipient = d.recipientOrganisation() + (d.recipientPerson() == null ? "" : " (" + d.recipientPerson() + ")");
        return row(DAY.format(d.disclosedOn()), recipient, message("disclosure.ground." + d.legalGround()),
                d.dataItems().stream().map(i -> message("disclosure.item." + i)).collect(Collectors.joining(", ")));
    }

    /** One access: when, who, in which role, what and its outcome, and this dossier (other dossiers are not named). */
    private String[] access(AccessLogRow a, String reference) {
        String roles = a.roles().stream().map(x -> message("role." + x.strip())).collect(Collectors.joining(", "));
        return row(moment(a.occurredAt()), a.actor(), roles, message("accesslog.action." + a.action()),
                a.outcome() == null ? "" : message("accesslog.outcome." + a.outcome()),
                a.dossiers().contains(reference) ? reference : a.dossiers().isEmpty() ? "" : "een ander dossier");
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }

    private static String moment(Instant at) {
        return MOMENT.format(at.atZone(DutchTime.ZONE));
    }

    private static String[] row(String... cells) {
        return Arrays.stream(cells).map(PersonalCopy::nullToEmpty).toArray(String[]::new);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String dayOf(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
