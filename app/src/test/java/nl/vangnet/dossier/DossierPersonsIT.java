package nl.vangnet.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.person.NewPerson;
import nl.vangnet.person.PersonRole;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Correcting the persons of a dossier (issue 11 §1): every change keeps the earlier value (who, what, when, why), only
 * the workers on the case change, a BSN stays unique and passes the elfproef, and a new BSN or name runs the radar
 * again. Each rule also from the attacker's side: another team, the secretariaat, a consultant, a guessed person id.
 */
@IntegrationTest
class DossierPersonsIT {

    static final String ME = "demo-medewerker";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;
    @Autowired DossierOpening opening;

    record Household(String dossierId, String childId, String perpetratorId, String surname) {
    }

    Household household() throws Exception {
        String surname = TestData.uniqueSurname("Correctie");
        String report = body(call("POST", "/api/v1/reports", ME, TestData.exampleReport(TestData.randomBsn(), surname))
                .andExpect(status().isCreated()));
        String dossier = JsonPath.read(report, "$.dossierId");
        String view = body(call("GET", "/api/v1/dossiers/" + dossier, ME, null).andExpect(status().isOk()));
        return new Household(dossier, JsonPath.<List<String>>read(view, "$.persons[?(@.role == 'CHILD')].personId").getFirst(),
                JsonPath.<List<String>>read(view, "$.persons[?(@.role == 'ALLEGED_PERPETRATOR')].personId").getFirst(), surname);
    }

    static String person(String role, String bsn, String surname, String givenNames, String dateOfBirth, String reason) {
        return """
                {"role":"%s",%s"surname":"%s","givenNames":"%s","dateOfBirth":"%s","postcode":"3511AB","houseNumber":"12"%s}"""
                .formatted(role, bsn == null ? "" : "\"bsn\":\"" + bsn + "\",", surname, givenNames, dateOfBirth,
                        reason == null ? "" : ",\"reason\":\"" + reason + "\"");
    }

    @Test
    void aCorrectionKeepsEveryEarlierValueFieldByFieldWithWhoWhenAndWhy() throws Exception {
        Household h = household();
        String path = "/api/v1/dossiers/" + h.dossierId() + "/persons/" + h.perpetratorId();
        long before = lastSeq();
        call("PUT", path, ME, person("PARENT_OR_CAREGIVER", null, h.surname(), "Pieter", "1985-06-21",
                "Moeder gaf de juiste geboortedatum en roepnaam"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.givenNames").value("Pieter"))
                .andExpect(jsonPath("$.person.role").value("PARENT_OR_CAREGIVER"))
                .andExpect(jsonPath("$.changes[*].field", Matchers.containsInAnyOrder("givenNames", "dateOfBirth", "role")));
        assertThat(jdbc.sql("SELECT action || ' ' || outcome FROM access_log_entry WHERE seq > :s AND :d = ANY (dossier_ids)")
                .param("s", before).param("d", UUID.fromString(h.dossierId())).query(String.class).list())
                .containsExactly("UPDATE ALLOWED");

        String history = body(call("GET", path + "/history", ME, null).andExpect(status().isOk()));
        assertThat(JsonPath.<List<String>>read(history, "$.entries[?(@.field == 'dateOfBirth')].oldValue")).containsExactly("1985-06-12");
        assertThat(JsonPath.<List<String>>read(history, "$.entries[?(@.field == 'dateOfBirth')].newValue")).containsExactly("1985-06-21");
        assertThat(JsonPath.<List<String>>read(history, "$.entries[?(@.field == 'givenNames')].oldValue")).containsExactly("Piet");
        assertThat(JsonPath.<List<String>>read(history, "$.entries[?(@.field == 'role')].oldValue")).containsExactly("ALLEGED_PERPETRATOR");
        assertThat(JsonPath.<List<String>>read(history, "$.entries[*].reason")).containsOnly("Moeder gaf de juiste geboortedatum en roepnaam");
        assertThat(JsonPath.<List<String>>read(history, "$.entries[*].changedBy")).doesNotContainNull().hasSize(3);
        // Reading the history is logged.
        assertThat(jdbc.sql("SELECT count(*) FROM access_log_entry WHERE seq > :s AND action = 'READ' AND :p = ANY (person_ids)")
                .param("s", before).param("p", UUID.fromString(h.perpetratorId())).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aCorrectionWithoutAReasonOrWithABadBsnIsRefusedAtItsFieldAndStoresNothing() throws Exception {
        Household h = household();
        String path = "/api/v1/dossiers/" + h.dossierId() + "/persons/" + h.perpetratorId();
        call("PUT", path, ME, person("ALLEGED_PERPETRATOR", null, "Anders", "Piet", "1985-06-12", null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("reason"));
        call("PUT", path, ME, person("ALLEGED_PERPETRATOR", "123456789", "Anders", "Piet", "1985-06-12", "BSN bekend"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[*].name", Matchers.hasItem("bsn")));
        assertThat(changesOf(h.perpetratorId())).isZero();
        call("GET", "/api/v1/dossiers/" + h.dossierId() + "/persons/" + h.perpetratorId(), ME, null)
                .andExpect(jsonPath("$.surname").value(h.surname()));
    }

    @Test
    void aBsnAnotherPersonHasIsRefusedInDutch() throws Exception {
        Household first = household();
        Household second = household();
        String taken = body(call("GET", "/api/v1/dossiers/" + first.dossierId() + "/persons/" + first.childId(), ME, null));
        String bsn = JsonPath.read(taken, "$.bsn");
        call("PUT", "/api/v1/dossiers/" + second.dossierId() + "/persons/" + second.perpetratorId(), ME,
                person("ALLEGED_PERPETRATOR", bsn, second.surname(), "Piet", "1985-06-12", "BSN van de vader gekregen"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("bsn"))
                .andExpect(jsonPath("$.invalidParams[0].reason", Matchers.containsString("al een andere persoon met dit BSN")));
        assertThat(changesOf(second.perpetratorId())).isZero();
        // A BSN nobody has is taken.
        String free = TestData.randomBsn();
        call("PUT", "/api/v1/dossiers/" + second.dossierId() + "/persons/" + second.perpetratorId(), ME,
                person("ALLEGED_PERPETRATOR", free, second.surname(), "Piet", "1985-06-12", "BSN van de vader gekregen"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.person.bsn").value(free));
    }

    @Test
    void aNewNameRunsTheRadarAgainAndShowsWhoNowMatchesWithoutContent() throws Exception {
        Household mine = household();
        Household other = household();
        // The perpetrator is found to be the other household's child's namesake born the same day.
        String path = "/api/v1/dossiers/" + mine.dossierId() + "/persons/" + mine.perpetratorId();
        String saved = body(call("PUT", path, ME, person("ALLEGED_PERPETRATOR", null, other.surname(), "Sem", "2017-03-01",
                "Verkeerde naam en geboortedatum geregistreerd")).andExpect(status().isOk()));
        assertThat(JsonPath.<List<String>>read(saved, "$.matches[*].personId")).contains(other.childId());
        assertThat(JsonPath.<List<String>>read(saved, "$.matches[*].dossiers[*].dossierId")).contains(other.dossierId());
        assertThat(saved).doesNotContain("blauwe plekken");
        // A correction of the gender alone does not.
        String again = body(call("PUT", path, ME, person("ALLEGED_PERPETRATOR", null, other.surname(), "Sem", "2017-03-01",
                "Geslacht").replace("}", ",\"gender\":\"MALE\"}")).andExpect(status().isOk()));
        assertThat(JsonPath.<List<Object>>read(again, "$.matches")).isEmpty();
    }

    @Test
    void aPersonIsAddedAfterTheIntakeAndAWronglyAddedOneTakenOutWithAReasonKeepingTheHistory() throws Exception {
        Household h = household();
        String persons = "/api/v1/dossiers/" + h.dossierId() + "/persons";
        String location = call("POST", persons, ME, person("CHILD", TestData.randomBsn(), h.surname(), "Noor", "2019-09-09",
                "Zusje bleek ook in het gezin te wonen")).andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith(persons + "/")))
                .andReturn().getResponse().getHeader("Location");
        String added = location.substring(location.lastIndexOf('/') + 1);
        call("GET", location, ME, null).andExpect(status().isOk()).andExpect(jsonPath("$.givenNames").value("Noor"));
        call("POST", persons, ME, person("CHILD", null, h.surname(), "Noor", "2019-09-09", "Nogmaals"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].reason", Matchers.containsString("staat al in dit dossier")));

        clock.advance(Duration.ofMinutes(5));
        call("DELETE", location, ME, "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("reason"));
        call("DELETE", location, ME, "{\"reason\":\"Ten onrechte toegevoegd: woont elders\"}").andExpect(status().isNoContent());
        call("GET", "/api/v1/dossiers/" + h.dossierId(), ME, null)
                .andExpect(jsonPath("$.persons[*].personId", Matchers.not(Matchers.hasItem(added))));
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE id = :p").param("p", UUID.fromString(added))
                .query(Integer.class).single()).isEqualTo(1);
        String history = body(call("GET", location + "/history", ME, null).andExpect(status().isOk()));
        assertThat(JsonPath.<Boolean>read(history, "$.inDossier")).isFalse();
        assertThat(JsonPath.<List<String>>read(history, "$.entries[?(@.field == 'membership')].reason"))
                .containsExactly("Ten onrechte toegevoegd: woont elders", "Zusje bleek ook in het gezin te wonen");
        call("PUT", location, ME, person("CHILD", null, h.surname(), "Noor", "2019-09-09", "x")).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheWorkersOnTheCaseChangeAndAGuessedPersonOfAnotherDossierIsNotFound() throws Exception {
        Household h = household();
        Household elsewhere = household();
        String path = "/api/v1/dossiers/" + h.dossierId() + "/persons/" + h.childId();
        String body = person("CHILD", null, "Aanvaller", "Sem", "2017-03-01", "Poging");
        // The secretariaat (administrative access) reads the history without free text, and changes nothing.
        call("PUT", path, "demo-secretariaat", body).andExpect(status().isForbidden());
        call("POST", "/api/v1/dossiers/" + h.dossierId() + "/persons", "demo-secretariaat", body).andExpect(status().isForbidden());
        call("DELETE", path, "demo-secretariaat", "{\"reason\":\"weg\"}").andExpect(status().isForbidden());
        call("PUT", "/api/v1/dossiers/" + h.dossierId() + "/persons/" + h.perpetratorId(), ME,
                person("ALLEGED_PERPETRATOR", null, h.surname(), "Piet", "1985-06-13", "Geheim detail")).andExpect(status().isOk());
        String redacted = body(call("GET", "/api/v1/dossiers/" + h.dossierId() + "/persons/" + h.perpetratorId() + "/history",
                "demo-secretariaat", null).andExpect(status().isOk()));
        assertThat(redacted).doesNotContain("Geheim detail").contains("dateOfBirth");
        // A consultant reads, but does not change.
        call("POST", "/api/v1/dossiers/" + h.dossierId() + "/consultations", ME,
                "{\"consultantId\":\"" + directory.findByUsername("jurist").orElseThrow().id() + "\",\"question\":\"Advies\"}")
                .andExpect(status().is2xxSuccessful());
        call("PUT", path, "demo-jurist", body).andExpect(status().isForbidden());
        call("DELETE", path, "demo-jurist", "{\"reason\":\"weg\"}").andExpect(status().isForbidden());
        // Another team's worker: nothing, and the refusal is logged.
        UUID otherTeam = directory.teams().stream().filter(t -> t.name().equals("Team Elders")).findFirst()
                .orElseGet(() -> directory.createTeam("Team Elders")).id();
        UUID foreign = TestLogins.as(directory, clock, "medewerker", () -> opening.register(new NewDossier(otherTeam,
                LocalDate.of(2026, 1, 5), List.of(new NewPerson(PersonRole.CHILD, null, TestData.uniqueSurname("Elders"), null,
                        "Kind", LocalDate.of(2015, 2, 3), null)), Set.of())));
        UUID foreignPerson = jdbc.sql("SELECT person_id FROM dossier_person WHERE dossier_id = :d").param("d", foreign)
                .query(UUID.class).single();
        long before = lastSeq();
        String foreignPath = "/api/v1/dossiers/" + foreign + "/persons/" + foreignPerson;
        call("PUT", foreignPath, ME, body).andExpect(status().isForbidden());
        call("GET", foreignPath + "/history", ME, null).andExpect(status().isForbidden());
        call("DELETE", foreignPath, ME, "{\"reason\":\"weg\"}").andExpect(status().isForbidden());
        call("POST", "/api/v1/dossiers/" + foreign + "/persons", ME, body).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM access_log_entry WHERE seq > :s AND outcome = 'DENIED' AND :d = ANY (dossier_ids)")
                .param("s", before).param("d", foreign).query(Integer.class).single()).isEqualTo(4);
        // A guessed person id of another dossier, through one's own dossier: not found, nothing changed, logged.
        String guessed = "/api/v1/dossiers/" + h.dossierId() + "/persons/" + elsewhere.childId();
        call("PUT", guessed, ME, body).andExpect(status().isNotFound());
        call("DELETE", guessed, ME, "{\"reason\":\"weg\"}").andExpect(status().isNotFound());
        call("GET", guessed, ME, null).andExpect(status().isNotFound());
        call("GET", guessed + "/history", ME, null).andExpect(status().isNotFound());
        assertThat(changesOf(elsewhere.childId()) + changesOf(foreignPerson.toString()) + changesOf(h.childId())).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM access_log_entry WHERE seq > :s AND outcome = 'DENIED' AND :p = ANY (person_ids)")
                .param("s", before).param("p", UUID.fromString(elsewhere.childId())).query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void theHouseholdsAddressIsCorrectedWithItsHistoryByTheWorkersOnTheCaseOnly() throws Exception {
        Household h = household();
        String path = "/api/v1/dossiers/" + h.dossierId() + "/household";
        call("PUT", path, ME, "{\"houseNumber\":\"14\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("reason"));
        call("PUT", path, ME, "{\"postcode\":\"1234\",\"reason\":\"x\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("postcode"));
        call("PUT", path, "demo-secretariaat", "{\"houseNumber\":\"14\",\"reason\":\"verhuisd\"}").andExpect(status().isForbidden());
        call("PUT", path, ME, "{\"street\":\"Lange Nieuwstraat\",\"postcode\":\"3512 cd\",\"houseNumber\":\"14\",\"reason\":\"Het gezin is verhuisd\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.household.postcode").value("3512CD"))
                .andExpect(jsonPath("$.household.street").value("Lange Nieuwstraat"))
                .andExpect(jsonPath("$.history[?(@.field == 'household.street')].oldValue").value("Dorpsstraat"))
                .andExpect(jsonPath("$.history[?(@.field == 'household.postcode')].oldValue").value("3511AB"))
                .andExpect(jsonPath("$.history[?(@.field == 'household.houseNumber')].oldValue").value("12"));
        String redacted = body(call("GET", path, "demo-secretariaat", null).andExpect(status().isOk()));
        assertThat(redacted).contains("3512CD").doesNotContain("Het gezin is verhuisd");
        // The page shows the same history, with its reason.
        String page = mvc.perform(MockMvcRequestBuilders.get("/dossiers/" + h.dossierId() + "/huishouden")
                        .with(authentication(TestLogins.authentication(directory, clock, "medewerker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"geschiedenis\"", "Het gezin is verhuisd", "3511AB");
        // The report keeps the address as registered.
        call("GET", "/api/v1/dossiers/" + h.dossierId(), ME, null).andExpect(status().isOk());
    }

    int changesOf(String personId) {
        return jdbc.sql("SELECT (SELECT count(*) FROM person_change WHERE person_id = :p) + (SELECT count(*) FROM dossier_change WHERE person_id = :p)")
                .param("p", UUID.fromString(personId)).query(Integer.class).single();
    }

    long lastSeq() {
        return jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
    }

    ResultActions call(String method, String path, String token, String json) throws Exception {
        var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path)
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString();
    }
}
