package nl.vangnet.inforequest;

import java.util.List;

/**
 * What the professional sends from their page (as typed): the text, the passages they mark as not to be shown to the
 * involved persons (pasted exactly as in the text, with the reason and an explanation), whether and when they informed
 * the involved persons or why not, that the text is factual and objective, and their name as approver.
 */
public record ProfessionalAnswer(String text, List<MarkedPassage> passages, String informedPersons, String informedOn,
        String notInformedReason, boolean factual, String approverName) {

    /** A passage as pasted, with its reason and explanation; all empty when the row is not used. */
    public record MarkedPassage(String passage, String reason, String explanation) {

        boolean empty() {
            return (passage == null || passage.isBlank()) && (reason == null || reason.isBlank())
                    && (explanation == null || explanation.isBlank());
        }
    }
}
