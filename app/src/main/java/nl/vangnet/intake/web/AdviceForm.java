package nl.vangnet.intake.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.vangnet.intake.AdviceRequestInput;
import nl.vangnet.intake.ReportInput;

/** The advice request form's fields as typed. */
public class AdviceForm {
    private String idempotencyKey = UUID.randomUUID().toString();
    private String channel = "PHONE";
    private String receivedDate;
    private String receivedTime;
    private String seekerName;
    private boolean seekerMadeUpName;
    private String seekerType = "PRIVATE";
    private String seekerCategory;
    private String seekerOrganisation;
    private List<String> violenceTypes = new ArrayList<>();
    private String concern;
    private String adviceGiven;
    private String agreement;
    private String callBackOn;
    private String personRole;
    private String personGivenNames;
    private String personSurname;

    AdviceRequestInput toInput() {
        ReportForm times = new ReportForm();
        times.setReceivedDate(receivedDate);
        times.setReceivedTime(receivedTime);
        List<ReportInput.PersonInput> persons = new ArrayList<>();
        persons.add(new ReportInput.PersonInput(personRole, null, personSurname, null, personGivenNames, null, null, null,
                null, null));
        return new AdviceRequestInput(times.toInput().receivedAt(), channel,
                new AdviceRequestInput.Seeker(seekerName, seekerMadeUpName, seekerType, seekerCategory, seekerOrganisation),
                concern, violenceTypes, adviceGiven, agreement, callBackOn, persons, null);
    }

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String v) { idempotencyKey = v; }
    public String getChannel() { return channel; }
    public void setChannel(String v) { channel = v; }
    public String getReceivedDate() { return receivedDate; }
    public void setReceivedDate(String v) { receivedDate = v; }
    public String getReceivedTime() { return receivedTime; }
    public void setReceivedTime(String v) { receivedTime = v; }
    public String getSeekerName() { return seekerName; }
    public void setSeekerName(String v) { seekerName = v; }
    public boolean isSeekerMadeUpName() { return seekerMadeUpName; }
    public void setSeekerMadeUpName(boolean v) { seekerMadeUpName = v; }
    public String getSeekerType() { return seekerType; }
    public void setSeekerType(String v) { seekerType = v; }
    public String getSeekerCategory() { return seekerCategory; }
    public void setSeekerCategory(String v) { seekerCategory = v; }
    public String getSeekerOrganisation() { return seekerOrganisation; }
    public void setSeekerOrganisation(String v) { seekerOrganisation = v; }
    public List<String> getViolenceTypes() { return violenceTypes; }
    public void setViolenceTypes(List<String> v) { violenceTypes = v; }
    public String getConcern() { return concern; }
    public void setConcern(String v) { concern = v; }
    public String getAdviceGiven() { return adviceGiven; }
    public void setAdviceGiven(String v) { adviceGiven = v; }
    public String getAgreement() { return agreement; }
    public void setAgreement(String v) { agreement = v; }
    public String getCallBackOn() { return callBackOn; }
    public void setCallBackOn(String v) { callBackOn = v; }
    public String getPersonRole() { return personRole; }
    public void setPersonRole(String v) { personRole = v; }
    public String getPersonGivenNames() { return personGivenNames; }
    public void setPersonGivenNames(String v) { personGivenNames = v; }
    public String getPersonSurname() { return personSurname; }
    public void setPersonSurname(String v) { personSurname = v; }
}
