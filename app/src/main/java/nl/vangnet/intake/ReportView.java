package nl.vangnet.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vangnet.platform.FreeText;


/**
 * A report as an entitled worker sees it; an anonymous reporter's identity only for the assigned workers and the
 * registrar. {@code dossierAccess} is false for the registrar of a report that joined a dossier they may not open:
 * they then see the report as they registered it, and the reference and team of the dossier it was added to.
 */
public record ReportView(UUID id, String reference, UUID dossierId, String dossierReference, ReportStatus status,
        Classification classification, List<EarlierDossier> earlierDossiers, String assessmentDue, boolean acute,
        boolean overdue, Instant receivedAt, Channel channel, boolean exOfficio, UUID adviceRequestId, Reporter reporter,
        Household household, List<Person> persons, List<ViolenceType> violenceTypes, @FreeText String concern,
        PersonsAware personsAware, Region transferTo, Verification verification, TreatmentInformed treatmentInformed,
        String dossierTeam, boolean dossierAccess) {

    public record EarlierDossier(UUID dossierId, String reference, String status, LocalDate openedOn,
            String team) {
    }

    /** {@code identityHidden}: the reporter is anonymous and the viewer is not assigned to the dossier. */
    public record Reporter(ReporterType type, ReporterCategory category, String subcategory, String name,
            String organisation, String function, String phone, String email, boolean anonymous,
            Boolean closelyInvolved, @FreeText String anonymityAssessment, @FreeText String anonymitySafetyReason, boolean identityHidden) {
    }

    public record Household(String postcode, String houseNumber, String municipalityCode, String municipalityName,
            String regionCode, String street) {
    }

    /** {@code identificationMissingReason}: why the BSN or the Wmo 5.2.9 data were missing, as registered. */
    public record Person(UUID personId, String role, String bsn, String surname, String surnamePrefix,
            String givenNames, LocalDate dateOfBirth, @FreeText String identificationMissingReason) {
    }

    public record Region(String code, String name) {
    }

    public record Verification(Instant verifiedAt, String verifiedBy, String with, String how, @FreeText String changes) {
    }

    public record TreatmentInformed(Instant informedAt, String how, String informedBy) {
    }
}
