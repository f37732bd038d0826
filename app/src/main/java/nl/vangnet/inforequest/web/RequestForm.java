package nl.vangnet.inforequest.web;

import java.util.ArrayList;
import java.util.List;
import nl.vangnet.inforequest.NewInformationRequest;

/** The worker's form for a new information request. */
public class RequestForm {

    private String professionalName;
    private String professionalOrganisation;
    private String profession;
    private String professionalEmail;
    private String professionalPhone;
    private List<String> personIds = new ArrayList<>();
    private String purpose;
    private String consent;
    private String withoutConsentReason;
    private Boolean personsKnow;
    private String personsReaction;
    private String channel;
    private String dueOn;

    NewInformationRequest toInput() {
        return new NewInformationRequest(professionalName, professionalOrganisation, profession, professionalEmail,
                professionalPhone, personIds, purpose, consent, withoutConsentReason, personsKnow, personsReaction, channel,
                dueOn);
    }

    public String getProfessionalName() {
        return professionalName;
    }

    public void setProfessionalName(String v) {
        this.professionalName = v;
    }

    public String getProfessionalOrganisation() {
        return professionalOrganisation;
    }

    public void setProfessionalOrganisation(String v) {
        this.professionalOrganisation = v;
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String v) {
        this.profession = v;
    }

    public String getProfessionalEmail() {
        return professionalEmail;
    }

    public void setProfessionalEmail(String v) {
        this.professionalEmail = v;
    }

    public String getProfessionalPhone() {
        return professionalPhone;
    }

    public void setProfessionalPhone(String v) {
        this.professionalPhone = v;
    }

    public List<String> getPersonIds() {
        return personIds;
    }

    public void setPersonIds(List<String> v) {
        this.personIds = v == null ? new ArrayList<>() : v;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String v) {
        this.purpose = v;
    }

    public String getConsent() {
        return consent;
    }

    public void setConsent(String v) {
        this.consent = v;
    }

    public String getWithoutConsentReason() {
        return withoutConsentReason;
    }

    public void setWithoutConsentReason(String v) {
        this.withoutConsentReason = v;
    }

    public Boolean getPersonsKnow() {
        return personsKnow;
    }

    public void setPersonsKnow(Boolean v) {
        this.personsKnow = v;
    }

    public String getPersonsReaction() {
        return personsReaction;
    }

    public void setPersonsReaction(String v) {
        this.personsReaction = v;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String v) {
        this.channel = v;
    }

    public String getDueOn() {
        return dueOn;
    }

    public void setDueOn(String v) {
        this.dueOn = v;
    }
}
