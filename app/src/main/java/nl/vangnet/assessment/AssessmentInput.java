package nl.vangnet.assessment;

import java.util.List;

/** An assessment as the API and the form send it; {@code complete} asks the four-eyes confirmation by confirmerId. */
public record AssessmentInput(List<SourceInput> sources, Boolean acuteUnsafety, String acuteDescription,
        Boolean structuralUnsafety, String structuralDescription, List<String> riskFactors, String riskNotes,
        String decision, String handoverTo, String handoverParty, String reasoning, Boolean complete,
        String confirmerId) {

    /** Information gathered: from where, when, what, and whether care is already involved (by whom). */
    public record SourceInput(String source, String gatheredOn, String summary, Boolean careInvolved, String careBy) {
    }
}
