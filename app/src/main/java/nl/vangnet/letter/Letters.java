package nl.vangnet.letter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.document.Documents;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.DossierTracks;
import nl.vangnet.dossier.DossierView;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.Household;
import nl.vangnet.intake.ReporterAddresses;
import nl.vangnet.intake.ReporterType;
import nl.vangnet.letter.LetterTemplates.Addressee;
import nl.vangnet.letter.LetterTemplates.Template;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.region.Municipality;
import nl.vangnet.region.Regions;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates a letter from a template for a dossier: addressed (a person of the dossier at the household's address,
 * the reporter by name and organisation, or the municipal executive), dated today, rendered as PDF and stored as a
 * document of kind {@value #KIND} about the addressee (the household for the reporter and the municipality). Only
 * who works on the case makes letters; the one access-log entry is the document's CREATE.
 */
@Service
public class Letters {

    public static final String KIND = "LETTER";

    /** Which letter, to whom. */
    public record NewLetter(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"REGISTRATION_NOTICE", "REPORTER_FEEDBACK",
                    "BW_NOTICE"}, example = "REGISTRATION_NOTICE", description = "De briefsjabloon") @Size(max = 40) String template,
            @Schema(format = "uuid", maxLength = 36, example = "3f2b8c1e-6d4a-4b9e-9c1f-2a7d5e8b0c41",
                    description = "Nodig bij een brief aan een persoon (REGISTRATION_NOTICE): de persoon van het dossier")
            String addresseePersonId,
            @Schema(allowableValues = {"PERSON", "REPORTER", "MUNICIPALITY"}, example = "PERSON",
                    description = "Aan wie; volgt uit de sjabloon en mag worden weggelaten") @Size(max = 20) String addressee) {
    }

    /** A generated letter: the stored document, the template version it was made from, to whom. */
    public record Letter(UUID id, UUID dossierId, UUID documentId, String template, int templateVersion, Addressee addressee,
            UUID addresseePersonId, String fileName) {
    }

    private static final Map<String, String> FOLLOW_UP = Map.of(
            "INVESTIGATION", "Veilig Thuis onderzoekt zelf de situatie en praat daarvoor met de betrokkenen.",
            "CONDITIONS_AND_FOLLOW_UP", "Veilig Thuis heeft met de betrokkenen afspraken over de veiligheid gemaakt, "
                    + "draagt de hulp over en blijft volgen hoe het gaat.",
            "HANDOVER", "Veilig Thuis heeft de zorg overgedragen aan hulpverlening die verder helpt.",
            "RVDK_INVESTIGATION_REQUEST", "Veilig Thuis heeft de Raad voor de Kinderbescherming gevraagd een onderzoek te doen.",
            "CRISIS_INTERVENTION", "Veilig Thuis heeft direct ingegrepen en zorgt dat er hulp komt.");

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final Documents documents;
    private final LetterTemplates templates;
    private final ReporterAddresses reporters;
    private final Regions regions;
    private final List<DossierTracks> tracks;
    private final AccessLog accessLog;
    private final Clock clock;

    Letters(JdbcClient jdbc, Dossiers dossiers, Documents documents, LetterTemplates templates, ReporterAddresses reporters,
            Regions regions, List<DossierTracks> tracks, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.documents = documents;
        this.templates = templates;
        this.reporters = reporters;
        this.regions = regions;
        this.tracks = tracks;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Who makes letters: who works on the case, and the secretariaat (the document module stores them on this rule). */
    public static boolean mayWrite(DossierAccess access) {
        return Documents.mayHandleLetters(access);
    }

    /** What the letters page offers: the templates and the persons of the dossier (logged as a read). */
    public record Choices(String reference, List<Template> templates, List<DossierView.InvolvedPerson> persons,
            List<Documents.Document> letters) {
    }

    @Transactional
    public Choices choices(UUID dossierId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ, Letters::mayWrite);
        List<DossierView.InvolvedPerson> persons = dossiers.personsOf(dossierId);
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId),
                persons.stream().map(DossierView.InvolvedPerson::personId).toList(), access.logReason());
        List<Documents.Document> letters = documents.ofDossier(dossierId).stream().filter(d -> KIND.equals(d.kind())).toList();
        return new Choices(reference(dossierId), templates.all(), persons, letters);
    }

    /** Makes the letter and stores it as a document of the dossier; refused at its field when the input is wrong. */
    @Transactional
    public Letter generate(UUID dossierId, NewLetter in) {
        dossiers.requireAccess(dossierId, AccessAction.CREATE, Letters::mayWrite);
        dossiers.requireOpen(dossierId);
        Checks v = new Checks();
        Template template = null;
        String code = v.required("template", in.template(), "Kies een brief.");
        if (code != null) {
            template = templates.all().stream().filter(t -> t.code().equals(code.strip().toUpperCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            if (template == null) {
                v.reject("template", "Kies een van deze brieven: " + String.join(", ", templates.all().stream()
                        .map(Template::code).toList()) + ".");
            }
        }
        Addressee given = v.enumValue("addressee", in.addressee(), Addressee.class,
                "Kies aan wie: PERSON, REPORTER of MUNICIPALITY.", false);
        UUID personId = v.id("addresseePersonId", in.addresseePersonId(), null);
        v.throwIfInvalid();
        if (given != null && given != template.addressee()) {
            v.reject("addressee", "Deze brief is " + switch (template.addressee()) {
                case PERSON -> "aan een persoon van het dossier";
                case REPORTER -> "aan de melder";
                case MUNICIPALITY -> "aan het college van B&W";
            } + ".");
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<UUID> about = new ArrayList<>();
        address(v, dossierId, template.addressee(), personId, values, about);
        v.throwIfInvalid();
        LocalDate today = DutchTime.today(clock);
        values.put("datum", LetterPdf.longDate(today));
        values.put("dossiernummer", reference(dossierId));
        values.put("vervolg", followUp(dossierId));
        byte[] pdf = LetterPdf.render(template.title(), LetterPdf.fill(template.body(), values));
        String fileName = template.title().replaceAll("[^\\p{L}\\p{N} ]", "").strip().replace(' ', '-').toLowerCase(Locale.ROOT)
                + "-" + today + ".pdf";
        Documents.Document document = documents.store(dossierId, fileName, "application/pdf", pdf, about, KIND);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO letter (id, dossier_id, document_id, template_code, template_version, addressee,
                                    addressee_person_id, generated_by, generated_at)
                VALUES (:id, :d, :doc, :code, :version, :addressee, :person, :by, :at)""")
                .param("id", id).param("d", dossierId).param("doc", document.id()).param("code", template.code())
                .param("version", template.version()).param("addressee", template.addressee().name())
                .param("person", template.addressee() == Addressee.PERSON ? personId : null)
                .param("by", CurrentStaff.get().id()).param("at", Timestamp.from(clock.instant())).update();
        return new Letter(id, dossierId, document.id(), template.code(), template.version(), template.addressee(),
                template.addressee() == Addressee.PERSON ? personId : null, document.fileName());
    }

    private void address(Checks v, UUID dossierId, Addressee addressee, UUID personId, Map<String, String> values,
            List<UUID> about) {
        Household household = dossiers.household(dossierId);
        String place = regions.municipality(household.municipalityCode()).map(Municipality::name).orElse("");
        values.put("gemeente", place);
        switch (addressee) {
            case PERSON -> {
                List<DossierView.InvolvedPerson> person = personId == null ? List.of() : dossiers.personsOf(dossierId, List.of(personId));
                if (person.isEmpty()) {
                    v.reject("addresseePersonId", personId == null ? "Kies aan welke persoon van het dossier de brief is."
                            : "Deze persoon hoort niet bij dit dossier.");
                    return;
                }
                DossierView.InvolvedPerson p = person.getFirst();
                values.put("naam", p.fullName());
                values.put("aanhef", "Geachte heer/mevrouw " + surnameWithPrefix(p.surnamePrefix(), p.surname()));
                values.put("adres", householdAddress(household, place));
                about.add(p.personId());
            }
            case REPORTER -> {
                var reporter = reporters.latestOf(dossierId).orElse(null);
                if (reporter == null || reporter.name() == null || reporter.name().isBlank()) {
                    v.reject("addressee", "Dit dossier heeft geen melder met een naam om aan te schrijven.");
                } else if (reporter.anonymous()) {
                    v.reject("addressee", "De melder is anoniem: een brief op naam zou de melding naar hem of haar herleidbaar maken.");
                } else if (reporter.type() == ReporterType.PRIVATE && !Boolean.TRUE.equals(reporter.closelyInvolved())) {
                    v.reject("addressee", "Alleen een beroepsmatige melder of een nauw betrokken particuliere melder hoort wat er met de melding gebeurt.");
                } else {
                    values.put("naam", reporter.name());
                    values.put("aanhef", "Geachte heer/mevrouw " + reporter.name());
                    values.put("adres", reporter.organisation() == null ? "" : reporter.organisation());
                    about.addAll(dossiers.personIdsOf(dossierId));
                }
            }
            case MUNICIPALITY -> {
                values.put("naam", "Het college van burgemeester en wethouders");
                values.put("aanhef", "Geacht college");
                values.put("adres", place.isEmpty() ? "" : "Gemeente " + place);
                about.addAll(dossiers.personIdsOf(dossierId));
            }
        }
    }

    /** The dossier's latest follow-up as the reporter may hear it: its kind, never its content. */
    private String followUp(UUID dossierId) {
        return tracks.stream().flatMap(t -> t.tracksOf(dossierId).stream())
                .filter(t -> FOLLOW_UP.containsKey(t.kind()))
                .max(Comparator.comparing(DossierTracks.Track::startedOn))
                .map(t -> FOLLOW_UP.get(t.kind()))
                .orElse("Veilig Thuis beoordeelt de veiligheid; daarna hoort u welk vervolg Veilig Thuis aan uw melding geeft.");
    }

    private String reference(UUID dossierId) {
        return dossiers.summary(dossierId).orElseThrow().reference();
    }

    static String householdAddress(Household household, String place) {
        String postcode = household.postcode() == null ? "" : household.postcode().replaceFirst("^(\\d{4})\\s*([A-Za-z]{2})$", "$1 $2");
        String number = household.houseNumber() == null ? "" : "Huisnummer " + household.houseNumber();
        return (number + "\n" + (postcode + " " + place.toUpperCase(Locale.ROOT)).strip()).strip();
    }

    static String surnameWithPrefix(String prefix, String surname) {
        if (prefix == null || prefix.isBlank()) {
            return surname;
        }
        return Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + " " + surname;
    }
}
