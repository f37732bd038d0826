package nl.vangnet.inforequest.web;

import java.util.ArrayList;
import java.util.List;
import nl.vangnet.inforequest.ProfessionalAnswer;

/** The professional's form: the text, up to three passages (pasted, reason, explanation), informing and approval. */
public class ProfessionalForm {

    static final int PASSAGES = 3;

    private String text;
    private List<String> passage = new ArrayList<>(List.of("", "", ""));
    private List<String> passageReason = new ArrayList<>(List.of("", "", ""));
    private List<String> passageExplanation = new ArrayList<>(List.of("", "", ""));
    private String informedPersons;
    private String informedOn;
    private String notInformedReason;
    private boolean factual;
    private String approverName;

    ProfessionalAnswer toAnswer() {
        List<ProfessionalAnswer.MarkedPassage> marked = new ArrayList<>();
        for (int i = 0; i < PASSAGES; i++) {
            marked.add(new ProfessionalAnswer.MarkedPassage(at(passage, i), at(passageReason, i), at(passageExplanation, i)));
        }
        return new ProfessionalAnswer(text, marked, informedPersons, informedOn, notInformedReason, factual, approverName);
    }

    /** The i-th typed value, as the page shows it again. */
    public String at(List<String> values, int i) {
        return values != null && i < values.size() ? values.get(i) : null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<String> getPassage() {
        return passage;
    }

    public void setPassage(List<String> passage) {
        this.passage = passage;
    }

    public List<String> getPassageReason() {
        return passageReason;
    }

    public void setPassageReason(List<String> passageReason) {
        this.passageReason = passageReason;
    }

    public List<String> getPassageExplanation() {
        return passageExplanation;
    }

    public void setPassageExplanation(List<String> passageExplanation) {
        this.passageExplanation = passageExplanation;
    }

    public String getInformedPersons() {
        return informedPersons;
    }

    public void setInformedPersons(String informedPersons) {
        this.informedPersons = informedPersons;
    }

    public String getInformedOn() {
        return informedOn;
    }

    public void setInformedOn(String informedOn) {
        this.informedOn = informedOn;
    }

    public String getNotInformedReason() {
        return notInformedReason;
    }

    public void setNotInformedReason(String notInformedReason) {
        this.notInformedReason = notInformedReason;
    }

    public boolean isFactual() {
        return factual;
    }

    public void setFactual(boolean factual) {
        this.factual = factual;
    }

    public String getApproverName() {
        return approverName;
    }

    public void setApproverName(String approverName) {
        this.approverName = approverName;
    }
}
