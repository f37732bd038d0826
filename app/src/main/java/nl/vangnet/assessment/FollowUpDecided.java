package nl.vangnet.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vangnet.intake.ViolenceType;

/**
 * A safety assessment's follow-up decision took effect (it was confirmed): the follow-up module starts the track.
 * Published inside the confirming transaction, so the decision and its track are stored together or not at all. It
 * carries what the follow-up needs of the earlier stages: the types of violence reported in the dossier so far (an
 * investigation concludes on each).
 */
public record FollowUpDecided(UUID dossierId, UUID reportId, Decision decision, LocalDate decidedOn,
        String handoverTo, String handoverParty, List<ViolenceType> reportedViolenceTypes) {
}
