package nl.vangnet.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.Household;
import nl.vangnet.person.Bsn;
import nl.vangnet.person.NewPerson;
import nl.vangnet.person.PersonRole;
import nl.vangnet.platform.Checks;
import nl.vangnet.region.Municipality;
import nl.vangnet.staff.StaffKind;
import nl.vangnet.staff.StaffPrincipal;

/**
 * What a report must hold before it is registered, as rules without a database: the reporter (anonymity only with
 * its assessment or safety reason), the household's address and municipality, each person identified by BSN or by
 * the Wmo 2015 art. 5.2.9 data (or why not), the forms of violence, the concern, and the team it is for. All problems
 * are reported at once, each at its field.
 */
final class ReportRules {

    private ReportRules() {
    }

    /** What the rules look up: reference data and the teams, answered by the caller. */
    interface Lookups {
        Optional<Municipality> municipality(String code);

        List<Municipality> resolvePlace(String placeName);

        List<UUID> teams();

        Optional<UUID> adviceRequestTeam(UUID adviceRequestId);
    }

    record ValidReport(Instant receivedAt, Channel channel, boolean exOfficio, UUID adviceRequestId,
            ReportInput.ReporterInput reporter, ReporterType reporterType, ReporterCategory category, String subcategory,
            boolean anonymous, Household household, Municipality municipality, List<NewPerson> persons,
            List<ViolenceType> violenceTypes, String concern, PersonsAware personsAware, boolean acute, UUID teamId) {
    }

    static ValidReport validate(ReportInput in, StaffPrincipal me, Instant now, Lookups lookups) {
        Checks v = new Checks();
        LocalDate today = LocalDate.ofInstant(now, AssessmentDeadline.NL);
        Instant receivedAt = v.instant("receivedAt", in.receivedAt(), now);
        Channel channel = v.enumValue("channel", in.channel(), Channel.class,
                "Kies hoe de melding binnenkwam (telefoon, e-mail, post, chat, webformulier, politie, persoonlijk).", true);
        boolean exOfficio = Boolean.TRUE.equals(in.exOfficio());
        UUID adviceRequestId = null;
        if (in.adviceRequestId() != null && !in.adviceRequestId().isBlank()) {
            try {
                adviceRequestId = UUID.fromString(in.adviceRequestId().strip());
            } catch (IllegalArgumentException e) {
                v.reject("adviceRequestId", "Dit is geen geldig kenmerk van een adviesvraag.");
            }
        }

        ReportInput.ReporterInput r = in.reporter();
        ReporterType reporterType = null;
        ReporterCategory category = null;
        String subcategory = null;
        boolean anonymous = false;
        if (exOfficio) {
            if (r != null && r.type() != null) {
                v.reject("reporter", "Een ambtshalve melding heeft geen melder: Veilig Thuis meldt zelf.");
            }
        } else if (r == null) {
            v.reject("reporter", "Vul de gegevens van de melder in.");
        } else {
            reporterType = v.enumValue("reporter.type", r.type(), ReporterType.class,
                    "Kies of de melder particulier of beroepsmatig meldt.", true);
            anonymous = Boolean.TRUE.equals(r.anonymous());
            if (reporterType == ReporterType.PROFESSIONAL) {
                category = v.enumValue("reporter.category", r.category(), ReporterCategory.class,
                        "Kies de beroepsgroep van de melder.", true);
                subcategory = v.optional(r.subcategory());
                if (subcategory != null && (category != ReporterCategory.HEALTH_CARE
                        || !ReporterCategory.HEALTH_CARE_SUBCATEGORIES.contains(subcategory.toUpperCase()))) {
                    v.reject("reporter.subcategory", "Een subcategorie bestaat alleen voor de gezondheidszorg (huisarts, ziekenhuis, jeugdgezondheidszorg, overig).");
                }
                subcategory = subcategory == null ? null : subcategory.toUpperCase();
                if (anonymous && (r.anonymitySafetyReason() == null || r.anonymitySafetyReason().isBlank())) {
                    v.reject("reporter.anonymitySafetyReason",
                            "Een beroepskracht blijft alleen anoniem bij een uitzonderlijke reden van eigen veiligheid: leg die reden vast.");
                }
            }
            if (reporterType == ReporterType.PRIVATE && anonymous
                    && (r.anonymityAssessment() == null || r.anonymityAssessment().isBlank())) {
                v.reject("reporter.anonymityAssessment",
                        "Leg de afweging vast: is de melding op geen enkele manier naar de melder te herleiden, welke voor- en nadelen zijn besproken, en wat is besloten.");
            }
            if (!anonymous && (r.name() == null || r.name().isBlank())) {
                v.reject("reporter.name", "Vul de naam van de melder in (of leg vast dat de melder anoniem blijft).");
            }
            if (reporterType == ReporterType.PROFESSIONAL && !anonymous
                    && (r.organisation() == null || r.organisation().isBlank())) {
                v.reject("reporter.organisation", "Vul de organisatie van de beroepskracht in.");
            }
            if (r.email() != null && !r.email().isBlank() && !r.email().strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
                v.reject("reporter.email", "Dit is geen geldig e-mailadres.");
            }
            if (r.phone() != null && !r.phone().isBlank() && !r.phone().strip().matches("^\\+?[0-9 ()-]{6,20}$")) {
                v.reject("reporter.phone", "Dit is geen geldig telefoonnummer.");
            }
        }

        ReportInput.HouseholdInput h = in.household() == null
                ? new ReportInput.HouseholdInput(null, null, null, null, null) : in.household();
        String postcode = Checks.postcode(v.optional(h.postcode()));
        if (postcode != null && !postcode.matches("^[1-9][0-9]{3}[A-Z]{2}$")) {
            v.reject("household.postcode", "Een postcode is vier cijfers en twee letters, bijvoorbeeld 3511 AB.");
        }
        String houseNumber = v.max("household.houseNumber", v.optional(h.houseNumber()), 20);
        String street = v.text("household.street", h.street(), Checks.MAX_SHORT_TEXT);
        Municipality municipality = null;
        if (h.municipalityCode() != null && !h.municipalityCode().isBlank()) {
            municipality = lookups.municipality(h.municipalityCode()).orElse(null);
            if (municipality == null) {
                v.reject("household.municipalityCode", "Deze gemeentecode bestaat niet.");
            }
        } else if (h.placeName() != null && !h.placeName().isBlank()) {
            List<Municipality> found = lookups.resolvePlace(h.placeName());
            if (found.isEmpty()) {
                v.reject("household.placeName", "Deze woonplaats of gemeente is onbekend.");
            } else if (found.size() > 1) {
                v.reject("household.placeName", "Deze plaatsnaam komt in meer gemeenten voor: "
                        + String.join(", ", found.stream().map(m -> m.name() + " (" + m.code() + ")").toList())
                        + ". Kies de gemeente.");
            } else {
                municipality = found.getFirst();
            }
        }

        List<ReportInput.PersonInput> personInputs = in.persons() == null ? List.of()
                : in.persons().stream().filter(p -> p == null || !p.isEmpty()).toList();
        if (personInputs.isEmpty()) {
            v.reject("persons", "Vul ten minste één betrokkene in.");
        }
        String householdMunicipality = municipality == null ? null : municipality.code();
        List<NewPerson> persons = v.each("persons", personInputs, i -> p -> person(v, "persons[" + i + "]", p, postcode,
                houseNumber, householdMunicipality, today));

        List<ViolenceType> violenceTypes = new ArrayList<>();
        if (in.violenceTypes() == null || in.violenceTypes().isEmpty()) {
            v.reject("violenceTypes", "Kies ten minste één vorm van geweld.");
        } else {
            for (String t : in.violenceTypes()) {
                ViolenceType type = v.enumValue("violenceTypes", t, ViolenceType.class, "Onbekende vorm van geweld.", true);
                if (type != null && !violenceTypes.contains(type)) {
                    violenceTypes.add(type);
                }
            }
        }
        String concern = v.max("concern", v.required("concern", in.concern(),
                "Beschrijf de zorg in de woorden van de melder."), 20_000);
        PersonsAware aware = in.personsAware() == null || in.personsAware().isBlank() ? PersonsAware.UNKNOWN
                : v.enumValue("personsAware", in.personsAware(), PersonsAware.class,
                        "Kies of de betrokkenen van de melding weten.", true);
        UUID teamId = team(v, in.teamId(), me, lookups.teams());
        if (adviceRequestId != null) {
            // A report links (and settles the call back of) an advice request of its own team only.
            Optional<UUID> adviceTeam = lookups.adviceRequestTeam(adviceRequestId);
            if (adviceTeam.isEmpty() || (teamId != null && !adviceTeam.get().equals(teamId))) {
                v.reject("adviceRequestId", "Deze adviesvraag bestaat niet in het team van deze melding.");
            }
        }
        v.throwIfInvalid();
        return new ValidReport(receivedAt, channel, exOfficio, adviceRequestId, r, reporterType, category, subcategory,
                anonymous, new Household(postcode, houseNumber, householdMunicipality, street), municipality, persons,
                violenceTypes, concern, aware, Boolean.TRUE.equals(in.acuteDanger()), teamId);
    }

    private static NewPerson person(Checks v, String field, ReportInput.PersonInput p, String householdPostcode,
            String householdHouseNumber, String municipalityCode, LocalDate today) {
        PersonRole role = v.enumValue(field + ".role", p.role(), PersonRole.class, "Kies de rol van deze betrokkene.", true);
        String bsn = Bsn.normalise(v.optional(p.bsn()));
        if (bsn != null && !Bsn.isValid(bsn)) {
            v.reject(field + ".bsn", "Dit BSN klopt niet (negen cijfers die de elfproef doorstaan).");
        }
        String surname = v.max(field + ".surname", v.optional(p.surname()), 200);
        String givenNames = v.max(field + ".givenNames", v.optional(p.givenNames()), 200);
        LocalDate dateOfBirth = v.date(field + ".dateOfBirth", p.dateOfBirth(), today);
        String postcode = Checks.postcode(v.optional(p.postcode()));
        if (postcode != null && !postcode.matches("^[1-9][0-9]{3}[A-Z]{2}$")) {
            v.reject(field + ".postcode", "Een postcode is vier cijfers en twee letters, bijvoorbeeld 3511 AB.");
        }
        String houseNumber = v.optional(p.houseNumber());
        if (postcode == null && houseNumber == null) {
            postcode = householdPostcode;
            houseNumber = householdHouseNumber;
        }
        String missingReason = v.optional(p.identificationMissingReason());
        boolean identified = bsn != null || (surname != null && givenNames != null && dateOfBirth != null
                && postcode != null && houseNumber != null);
        if (!identified && missingReason == null && v.ok(field + ".bsn")) {
            v.reject(field, "Zonder BSN zijn achternaam, voornamen, geboortedatum, postcode en huisnummer nodig "
                    + "(Wmo 2015 art. 5.2.9), of leg vast waarom die onbekend zijn.");
        }
        if (surname == null && missingReason == null) {
            v.reject(field + ".surname", "Vul de achternaam in, of leg vast waarom die onbekend is.");
        }
        String gender = v.optional(p.gender());
        if (gender != null && !Set.of("FEMALE", "MALE", "OTHER", "UNKNOWN").contains(gender.toUpperCase())) {
            v.reject(field + ".gender", "Kies vrouw, man, anders of onbekend.");
        }
        return new NewPerson(role, bsn, surname == null ? "Onbekend" : surname, v.optional(p.surnamePrefix()),
                givenNames, dateOfBirth, gender == null ? null : gender.toUpperCase(), postcode, houseNumber,
                municipalityCode, missingReason);
    }

    /** The team the report is for: given (one's own; any, for a service account), or the only one there is. */
    private static UUID team(Checks v, String teamId, StaffPrincipal me, List<UUID> teams) {
        if (teamId != null && !teamId.isBlank()) {
            try {
                UUID id = UUID.fromString(teamId.strip());
                boolean allowed = me.teamIds().contains(id) || (me.kind() == StaffKind.SERVICE_ACCOUNT
                        && teams.contains(id));
                if (!allowed) {
                    v.reject("teamId", "U kunt alleen voor uw eigen team registreren.");
                }
                return id;
            } catch (IllegalArgumentException e) {
                v.reject("teamId", "Dit is geen geldig teamkenmerk.");
                return null;
            }
        }
        if (me.teamIds().size() == 1) {
            return me.teamIds().iterator().next();
        }
        if (me.teamIds().isEmpty() && teams.size() == 1) {
            return teams.getFirst();
        }
        v.reject("teamId", "Kies voor welk team deze melding is.");
        return null;
    }
}
