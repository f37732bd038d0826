package nl.vangnet.disclosure.web;

import java.util.ArrayList;
import java.util.List;
import nl.vangnet.disclosure.DisclosureInput;

/** A disclosure as typed on the dossier's page; kept whole when the form is refused. Who decided is the current user. */
public class DisclosureForm {

    private String recipientOrganisation;
    private String recipientPerson;
    private List<String> personIds = new ArrayList<>();
    private List<String> dataItems = new ArrayList<>();
    private String legalGround;
    private String disclosedOn;
    private String description;

    DisclosureInput toInput() {
        return new DisclosureInput(recipientOrganisation, recipientPerson, personIds, dataItems, legalGround, disclosedOn,
                description);
    }

    public String getRecipientOrganisation() { return recipientOrganisation; }
    public void setRecipientOrganisation(String recipientOrganisation) { this.recipientOrganisation = recipientOrganisation; }
    public String getRecipientPerson() { return recipientPerson; }
    public void setRecipientPerson(String recipientPerson) { this.recipientPerson = recipientPerson; }
    public List<String> getPersonIds() { return personIds; }
    public void setPersonIds(List<String> personIds) { this.personIds = personIds == null ? new ArrayList<>() : personIds; }
    public List<String> getDataItems() { return dataItems; }
    public void setDataItems(List<String> dataItems) { this.dataItems = dataItems == null ? new ArrayList<>() : dataItems; }
    public String getLegalGround() { return legalGround; }
    public void setLegalGround(String legalGround) { this.legalGround = legalGround; }
    public String getDisclosedOn() { return disclosedOn; }
    public void setDisclosedOn(String disclosedOn) { this.disclosedOn = disclosedOn; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
