package nl.vangnet.assessment.web;

import java.util.ArrayList;
import java.util.List;
import nl.vangnet.assessment.AssessmentInput;

/**
 * The information sources of the assessment form as typed, one row each ({@code sources[0].summary}); rows are added
 * and removed by posting the form, so nothing typed is lost.
 */
public class SourcesForm {

    private List<Row> sources = new ArrayList<>();

    public List<Row> getSources() {
        return sources;
    }

    public void setSources(List<Row> sources) {
        this.sources = sources;
    }

    /** The rows with anything typed, as the API takes them. */
    List<AssessmentInput.SourceInput> typed() {
        return sources.stream().filter(r -> r != null && !r.blank())
                .map(r -> new AssessmentInput.SourceInput(r.source, r.gatheredOn, r.summary, r.careInvolved, r.careBy))
                .toList();
    }

    /** One source: from where, when, what, and whether care is involved (by whom). */
    public static class Row {
        private String source;
        private String gatheredOn;
        private String summary;
        private boolean careInvolved;
        private String careBy;

        boolean blank() {
            return isBlank(source) && isBlank(gatheredOn) && isBlank(summary) && isBlank(careBy) && !careInvolved;
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public String getGatheredOn() {
            return gatheredOn;
        }

        public void setGatheredOn(String gatheredOn) {
            this.gatheredOn = gatheredOn;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public boolean isCareInvolved() {
            return careInvolved;
        }

        public void setCareInvolved(boolean careInvolved) {
            this.careInvolved = careInvolved;
        }

        public String getCareBy() {
            return careBy;
        }

        public void setCareBy(String careBy) {
            this.careBy = careBy;
        }
    }
}
