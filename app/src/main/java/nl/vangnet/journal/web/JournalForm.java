package nl.vangnet.journal.web;

import java.util.ArrayList;
import java.util.List;
import nl.vangnet.journal.Journal;

/** A journal entry as typed; kept whole when the form is refused. Who writes is the current user. */
public class JournalForm {

    private String occurredAt;
    private String kind;
    private String withWhom;
    private String summary;
    private List<String> personIds = new ArrayList<>();
    private boolean household;
    private String corrects;

    Journal.NewEntry toInput(String occurredAtWithOffset) {
        return new Journal.NewEntry(occurredAtWithOffset, kind, withWhom, summary, household ? List.of() : personIds,
                household, corrects == null || corrects.isBlank() ? null : corrects);
    }

    public String getOccurredAt() { return occurredAt; }
    public void setOccurredAt(String occurredAt) { this.occurredAt = occurredAt; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getWithWhom() { return withWhom; }
    public void setWithWhom(String withWhom) { this.withWhom = withWhom; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public List<String> getPersonIds() { return personIds; }
    public void setPersonIds(List<String> personIds) { this.personIds = personIds == null ? new ArrayList<>() : personIds; }
    public boolean isHousehold() { return household; }
    public void setHousehold(boolean household) { this.household = household; }
    public String getCorrects() { return corrects; }
    public void setCorrects(String corrects) { this.corrects = corrects; }
}
