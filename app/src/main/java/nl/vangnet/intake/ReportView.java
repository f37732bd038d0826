package nl.vangnet.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A report as an entitled worker sees it; an anonymous reporter's identity only for the assigned workers. */
public record ReportView(UUID id, String reference, UUID dossierId, String dossierReference, ReportStatus status,
        Classification classification, List<EarlierDossier> earlierDossiers, String assessmentDue, boolean acute,
        boolean overdue, Instant receivedAt, Channel channel, boolean exOfficio, UUID adviceRequestId, Reporter reporter,
        Household household, List<Person> persons, List<ViolenceType> violenceTypes, String concern,
        PersonsAware personsAware, Region transferTo, Verification verification, TreatmentInformed treatmentInformed) {

    public record EarlierDossier(UUID dossierId, String reference, String status, java.time.LocalDate openedOn,
            String team) {
    }

    /** {@code identityHidden}: the reporter is anonymous and the viewer is not assigned to the dossier. */
    public record Reporter(ReporterType type, ReporterCategory category, String subcategory, String name,
            String organisation, String function, String phone, String email, boolean anonymous,
            Boolean closelyInvolved, String anonymityAssessment, String anonymitySafetyReason, boolean identityHidden) {
    }

    public record Household(String postcode, String houseNumber, String municipalityCode, String municipalityName,
            String regionCode) {
    }

    public record Person(UUID personId, String role, String bsn, String surname, String surnamePrefix,
            String givenNames, java.time.LocalDate dateOfBirth) {
    }

    public record Region(String code, String name) {
    }

    public record Verification(Instant verifiedAt, String verifiedBy, String with, String how, String changes) {
    }

    public record TreatmentInformed(Instant informedAt, String how, String informedBy) {
    }
}
