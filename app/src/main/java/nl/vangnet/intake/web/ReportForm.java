package nl.vangnet.intake.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.vangnet.intake.ReportInput;
import nl.vangnet.platform.DutchTime;

/** The report form's fields as typed; it keeps everything when the form is refused. */
public class ReportForm {

    static final ZoneId NL = DutchTime.ZONE;

    private String idempotencyKey = UUID.randomUUID().toString();
    private String adviceRequestId;
    private String channel = "PHONE";
    private String receivedDate;
    private String receivedTime;
    private boolean exOfficio;
    private Reporter reporter = new Reporter();
    private String postcode;
    private String houseNumber;
    private String street;
    private String placeName;
    private List<Person> persons = new ArrayList<>(List.of(new Person(), new Person()));
    private List<String> violenceTypes = new ArrayList<>();
    private String concern;
    private String personsAware = "UNKNOWN";
    private boolean acuteDanger;

    public static class Reporter {
        private String type = "PRIVATE";
        private String category;
        private String subcategory;
        private String name;
        private String organisation;
        private String function;
        private String phone;
        private String email;
        private boolean anonymous;
        private boolean closelyInvolved;
        private String anonymityAssessment;
        private String anonymitySafetyReason;

        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public String getSubcategory() { return subcategory; }
        public void setSubcategory(String subcategory) { this.subcategory = subcategory; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getOrganisation() { return organisation; }
        public void setOrganisation(String organisation) { this.organisation = organisation; }
        public String getFunction() { return function; }
        public void setFunction(String function) { this.function = function; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public boolean isAnonymous() { return anonymous; }
        public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
        public boolean isCloselyInvolved() { return closelyInvolved; }
        public void setCloselyInvolved(boolean closelyInvolved) { this.closelyInvolved = closelyInvolved; }
        public String getAnonymityAssessment() { return anonymityAssessment; }
        public void setAnonymityAssessment(String anonymityAssessment) { this.anonymityAssessment = anonymityAssessment; }
        public String getAnonymitySafetyReason() { return anonymitySafetyReason; }
        public void setAnonymitySafetyReason(String anonymitySafetyReason) { this.anonymitySafetyReason = anonymitySafetyReason; }
    }

    public static class Person {
        private String role;
        private String bsn;
        private String surname;
        private String surnamePrefix;
        private String givenNames;
        private String dateOfBirth;
        private String gender;
        private String identificationMissingReason;

        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getBsn() { return bsn; }
        public void setBsn(String bsn) { this.bsn = bsn; }
        public String getSurname() { return surname; }
        public void setSurname(String surname) { this.surname = surname; }
        public String getSurnamePrefix() { return surnamePrefix; }
        public void setSurnamePrefix(String surnamePrefix) { this.surnamePrefix = surnamePrefix; }
        public String getGivenNames() { return givenNames; }
        public void setGivenNames(String givenNames) { this.givenNames = givenNames; }
        public String getDateOfBirth() { return dateOfBirth; }
        public void setDateOfBirth(String dateOfBirth) { this.dateOfBirth = dateOfBirth; }
        public String getGender() { return gender; }
        public void setGender(String gender) { this.gender = gender; }
        public String getIdentificationMissingReason() { return identificationMissingReason; }
        public void setIdentificationMissingReason(String reason) { this.identificationMissingReason = reason; }
    }

    /** What the service validates; the received date and time are read as Dutch time. */
    ReportInput toInput() {
        String receivedAt = receivedDate;
        try {
            if (receivedDate != null && !receivedDate.isBlank()) {
                LocalTime time = receivedTime == null || receivedTime.isBlank() ? LocalTime.MIDNIGHT : LocalTime.parse(receivedTime);
                receivedAt = ZonedDateTime.of(LocalDate.parse(receivedDate), time, NL).toOffsetDateTime().toString();
            }
        } catch (DateTimeParseException e) {
            receivedAt = receivedDate + "T" + receivedTime;
        }
        ReportInput.ReporterInput r = exOfficio ? null : new ReportInput.ReporterInput(reporter.type, reporter.category,
                reporter.subcategory, reporter.name, reporter.organisation, reporter.function, reporter.phone,
                reporter.email, reporter.anonymous, reporter.closelyInvolved, reporter.anonymityAssessment,
                reporter.anonymitySafetyReason);
        return new ReportInput(receivedAt, channel, exOfficio, adviceRequestId, r,
                new ReportInput.HouseholdInput(postcode, houseNumber, null, placeName, street),
                persons.stream().map(p -> new ReportInput.PersonInput(p.role, p.bsn, p.surname, p.surnamePrefix,
                        p.givenNames, p.dateOfBirth, p.gender, null, null, p.identificationMissingReason)).toList(),
                violenceTypes, concern, personsAware, acuteDanger, null);
    }

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public String getAdviceRequestId() { return adviceRequestId; }
    public void setAdviceRequestId(String adviceRequestId) { this.adviceRequestId = adviceRequestId; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getReceivedDate() { return receivedDate; }
    public void setReceivedDate(String receivedDate) { this.receivedDate = receivedDate; }
    public String getReceivedTime() { return receivedTime; }
    public void setReceivedTime(String receivedTime) { this.receivedTime = receivedTime; }
    public boolean isExOfficio() { return exOfficio; }
    public void setExOfficio(boolean exOfficio) { this.exOfficio = exOfficio; }
    public Reporter getReporter() { return reporter; }
    public void setReporter(Reporter reporter) { this.reporter = reporter; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getHouseNumber() { return houseNumber; }
    public void setHouseNumber(String houseNumber) { this.houseNumber = houseNumber; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPlaceName() { return placeName; }
    public void setPlaceName(String placeName) { this.placeName = placeName; }
    public List<Person> getPersons() { return persons; }
    public void setPersons(List<Person> persons) { this.persons = persons; }
    public List<String> getViolenceTypes() { return violenceTypes; }
    public void setViolenceTypes(List<String> violenceTypes) { this.violenceTypes = violenceTypes; }
    public String getConcern() { return concern; }
    public void setConcern(String concern) { this.concern = concern; }
    public String getPersonsAware() { return personsAware; }
    public void setPersonsAware(String personsAware) { this.personsAware = personsAware; }
    public boolean isAcuteDanger() { return acuteDanger; }
    public void setAcuteDanger(boolean acuteDanger) { this.acuteDanger = acuteDanger; }
}
