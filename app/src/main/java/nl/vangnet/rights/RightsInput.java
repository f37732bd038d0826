package nl.vangnet.rights;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.vangnet.platform.Checks;

/** What the API and the pages send: a new request, an extension, a decision. */
public final class RightsInput {

    private RightsInput() {
    }

    /** A request taken in by a worker on a dossier of the person. */
    public record NewRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"INSPECTION", "COPY", "CORRECTION",
                    "OWN_STATEMENT", "DESTRUCTION", "RESTRICTION", "OBJECTION", "COMPLAINT"}, example = "COPY",
                    description = "Wat er wordt gevraagd") @Size(max = 20) String kind,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid", maxLength = 36,
                    example = "3f2b8c1e-6d4a-4b9e-9c1f-2a7d5e8b0c41", description = "De persoon over wie de gegevens gaan")
            @Size(max = 36) String personId,
            @Schema(format = "uuid", maxLength = 36, example = "7a1c2d3e-4f5a-4b6c-8d9e-0f1a2b3c4d5e",
                    description = "Het dossier waarin de persoon staat en waarvandaan het verzoek wordt aangenomen; "
                            + "weggelaten: het meest recente dossier van de persoon waarin u werkt") @Size(max = 36) String dossierId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"SELF", "PARENT_WITH_AUTHORITY",
                    "GUARDIAN", "LEGAL_REPRESENTATIVE"}, example = "SELF", description = "Wie het verzoek doet")
            @Size(max = 30) String requester,
            @Schema(maxLength = Checks.MAX_SHORT_TEXT, example = "J. de Vries",
                    description = "Naam van de verzoeker als die niet de persoon zelf is") @Size(max = Checks.MAX_SHORT_TEXT)
            String requesterName,
            @Schema(example = "false", description = "De persoon (16 of ouder) stemt in met het verzoek van de ouder of voogd")
            Boolean personConsented,
            @Schema(example = "false", description = "De persoon is wilsonbekwaam") Boolean personIncapacitated,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"ID_DOCUMENT_SHOWN", "ID_COPY_CHECKED",
                    "KNOWN_TO_WORKER"}, example = "ID_COPY_CHECKED", description = "Hoe de identiteit is gecontroleerd; "
                    + "voor een afschrift een kopie van een identiteitsbewijs (ID_COPY_CHECKED), die niet wordt bewaard")
            @Size(max = 30) String identityCheck,
            @Schema(allowableValues = {"PASSPORT", "IDENTITY_CARD", "DRIVING_LICENCE", "RESIDENCE_PERMIT"},
                    example = "PASSPORT", description = "Welk soort identiteitsbewijs (niet bij KNOWN_TO_WORKER)")
            @Size(max = 30) String idDocumentType,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", maxLength = 10, example = "2026-05-08",
                    description = "Wanneer het verzoek binnenkwam; niet in de toekomst") @Size(max = 10) String receivedOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Checks.MAX_TEXT,
                    example = "Ik wil graag een afschrift van wat er over mij in het dossier staat.",
                    description = "Het verzoek zoals het is gedaan") @Size(max = Checks.MAX_TEXT) String text,
            @ArraySchema(arraySchema = @Schema(description = "Andere personen van het dossier die ermee instemmen dat hun "
                    + "gegevens in de inzage of het afschrift staan; weggelaten: niemand"), maxItems = 50,
                    schema = @Schema(format = "uuid", maxLength = 36, example = "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e"))
            @Size(max = 50) List<@Size(max = 36) String> consentedPersonIds,
            @Schema(maxLength = Checks.MAX_TEXT, example = "Ik was op 3 maart niet thuis; wat de buurvrouw zegt klopt niet.",
                    description = "Bij een eigen verklaring (OWN_STATEMENT, dan verplicht): de verklaring van de persoon, "
                            + "die bij de betwiste gegevens wordt getoond") @Size(max = Checks.MAX_TEXT) String statement,
            @Schema(allowableValues = {"PERSON_DATA", "JOURNAL_ENTRY", "DOCUMENT", "REPORT"}, example = "PERSON_DATA",
                    description = "Bij een eigen verklaring: wat ze betwist (de geregistreerde gegevens van de persoon, "
                            + "een journaalaantekening, een document of een melding); weggelaten: de gegevens van de persoon")
            @Size(max = 20) String contests,
            @Schema(format = "uuid", maxLength = 36, example = "5b2c3d4e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
                    description = "Bij een eigen verklaring over een aantekening, document of melding: welke")
            @Size(max = 36) String contestedId) {

        /** A request without consent of other persons and without an own statement. */
        public NewRequest(String kind, String personId, String dossierId, String requester, String requesterName,
                Boolean personConsented, Boolean personIncapacitated, String identityCheck, String idDocumentType,
                String receivedOn, String text) {
            this(kind, personId, dossierId, requester, requesterName, personConsented, personIncapacitated, identityCheck,
                    idDocumentType, receivedOn, text, null, null, null, null);
        }
    }

    /** The one extension by two months, with its reason and how the requester was told within the first month. */
    public record Extension(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Checks.MAX_REMARK,
                    example = "Het dossier beslaat vier jaar en drie meldingen; de gegevens over de persoon worden apart gezocht.",
                    description = "Waarom het dossier ingewikkeld is") @Size(max = Checks.MAX_REMARK) String reason,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", maxLength = 10, example = "2026-05-11",
                    description = "Wanneer de verzoeker is ingelicht; binnen de eerste maand") @Size(max = 10) String requesterToldOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"LETTER", "EMAIL", "PHONE", "IN_PERSON"},
                    example = "LETTER", description = "Hoe de verzoeker is ingelicht") @Size(max = 20) String requesterToldHow) {
    }

    /** The FG's decision, with its reasons (required unless granted). */
    public record Decision(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"GRANTED", "PARTLY_GRANTED", "REFUSED"},
                    example = "PARTLY_GRANTED", description = "De beslissing") @Size(max = 20) String outcome,
            @Schema(maxLength = Checks.MAX_TEXT, example = "Gegevens over de andere leden van het huishouden vallen buiten het verzoek.",
                    description = "De redenen; verplicht bij gedeeltelijk toewijzen en afwijzen") @Size(max = Checks.MAX_TEXT)
            String reasons,
            @Schema(description = "Bij het toewijzen van een correctie (verplicht dan): wat er van de geregistreerde gegevens "
                    + "van de persoon wordt gecorrigeerd; wat is weggelaten blijft zoals het is") @Valid Correction correction) {

        /** A decision that corrects nothing. */
        public Decision(String outcome, String reasons) {
            this(outcome, reasons, null);
        }
    }

    /** What a granted correction changes of the person's registered data; what is left out stays as it is. */
    @Schema(description = "De gecorrigeerde gegevens; ten minste een")
    public record Correction(
            @Schema(maxLength = 9, example = "111222333", description = "Het juiste BSN") @Size(max = 11) String bsn,
            @Schema(maxLength = Checks.MAX_SHORT_TEXT, example = "Sanne", description = "De juiste voornamen")
            @Size(max = Checks.MAX_SHORT_TEXT) String givenNames,
            @Schema(maxLength = Checks.MAX_SHORT_TEXT, example = "van", description = "Het juiste tussenvoegsel")
            @Size(max = Checks.MAX_SHORT_TEXT) String surnamePrefix,
            @Schema(maxLength = Checks.MAX_SHORT_TEXT, example = "Dijk", description = "De juiste achternaam")
            @Size(max = Checks.MAX_SHORT_TEXT) String surname,
            @Schema(format = "date", maxLength = 10, example = "2012-01-16", description = "De juiste geboortedatum")
            @Size(max = 10) String dateOfBirth,
            @Schema(maxLength = 7, description = "De juiste postcode: vier cijfers en twee letters, bijvoorbeeld 3511AB")
            @Size(max = 7) String postcode,
            @Schema(maxLength = Checks.MAX_CODE, example = "12", description = "Het juiste huisnummer")
            @Size(max = Checks.MAX_CODE) String houseNumber) {
    }

    /** The FG lifts a restriction of processing, with the reason. */
    public record Lift(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Checks.MAX_REMARK,
                    example = "De gegevens zijn gecontroleerd en juist bevonden; de betrokkene is daarover ingelicht.",
                    description = "Waarom de beperking wordt opgeheven") @Size(max = Checks.MAX_REMARK) String reason) {
    }
}
