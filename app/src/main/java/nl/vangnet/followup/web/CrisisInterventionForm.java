package nl.vangnet.followup.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vangnet.followup.CrisisInterventions;
import nl.vangnet.platform.Text;

/** A crisis intervention as typed; it keeps everything when the form is refused. Who acted is the current user. */
public class CrisisInterventionForm {

    private static final Pattern ROW = Pattern.compile("^professionals\\[(\\d+)](.*)$");

    private String actedAt;
    private String mode;
    private String whatHappened;
    private String howItArose;
    private String immediateNeeds;
    private String nextStep;
    private List<Professional> professionals = new ArrayList<>(List.of(new Professional()));

    public static class Professional {
        private String kind;
        private String name;
        private boolean withPersonConsent;
        private String withoutConsentReason;
        private String summary;

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public boolean isWithPersonConsent() { return withPersonConsent; }
        public void setWithPersonConsent(boolean withPersonConsent) { this.withPersonConsent = withPersonConsent; }
        public String getWithoutConsentReason() { return withoutConsentReason; }
        public void setWithoutConsentReason(String withoutConsentReason) { this.withoutConsentReason = withoutConsentReason; }
        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary; }

        /** A row left empty: nobody was consulted there. */
        boolean isBlank() {
            return Text.blankToNull(kind) == null && Text.blankToNull(name) == null && !withPersonConsent
                    && Text.blankToNull(withoutConsentReason) == null && Text.blankToNull(summary) == null;
        }
    }

    public String getActedAt() { return actedAt; }
    public void setActedAt(String actedAt) { this.actedAt = actedAt; }
    public String getMode() { return mode; }
    public void setMode(String mode) { this.mode = mode; }
    public String getWhatHappened() { return whatHappened; }
    public void setWhatHappened(String whatHappened) { this.whatHappened = whatHappened; }
    public String getHowItArose() { return howItArose; }
    public void setHowItArose(String howItArose) { this.howItArose = howItArose; }
    public String getImmediateNeeds() { return immediateNeeds; }
    public void setImmediateNeeds(String immediateNeeds) { this.immediateNeeds = immediateNeeds; }
    public String getNextStep() { return nextStep; }
    public void setNextStep(String nextStep) { this.nextStep = nextStep; }
    public List<Professional> getProfessionals() { return professionals; }
    public void setProfessionals(List<Professional> professionals) { this.professionals = professionals; }

    /** What the service validates: the moment read as Dutch time; rows left empty are not sent. */
    CrisisInterventions.NewIntervention toInput() {
        List<CrisisInterventions.Professional> sent = new ArrayList<>();
        for (Professional p : rows()) {
            if (!p.isBlank()) {
                sent.add(new CrisisInterventions.Professional(Text.blankToNull(p.kind), p.name, p.withPersonConsent,
                        p.withoutConsentReason, p.summary));
            }
        }
        return new CrisisInterventions.NewIntervention(FollowUpPages.toOffset(actedAt), mode, whatHappened, howItArose,
                immediateNeeds, sent, nextStep);
    }

    /**
     * The service numbers the professionals it was sent; the form numbers its rows, empty ones included. Renames
     * {@code professionals[i]...} to the row the i-th sent professional stands in.
     */
    Map<String, String> formFields(Map<String, String> serviceFields) {
        List<Integer> rowOfSent = new ArrayList<>();
        List<Professional> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isBlank()) {
                rowOfSent.add(i);
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        serviceFields.forEach((field, message) -> {
            Matcher m = ROW.matcher(field);
            String name = m.matches() && Integer.parseInt(m.group(1)) < rowOfSent.size()
                    ? "professionals[" + rowOfSent.get(Integer.parseInt(m.group(1))) + "]" + m.group(2) : field;
            fields.putIfAbsent(name, message);
        });
        return fields;
    }

    private List<Professional> rows() {
        return professionals == null ? List.of() : professionals.stream().map(p -> p == null ? new Professional() : p).toList();
    }
}
