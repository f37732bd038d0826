package nl.vangnet.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The journal: entries about persons of the dossier, never changed, corrected by a new entry shown with the first. */
@IntegrationTest
class JournalIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    ResultActions write(String dossier, String token, String json) throws Exception {
        return mvc.perform(post("/api/v1/dossiers/" + dossier + "/journal").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void anEntryAboutOnePersonIsCorrectedByANewEntryAndTheSecretariaatSeesNoText() throws Exception {
        String report = mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer demo-medewerker")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.exampleReport(TestData.randomBsn(), TestData.uniqueSurname("Journaal"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String dossier = JsonPath.read(report, "$.dossierId");
        List<String> persons = jdbc.sql("SELECT person_id::text FROM dossier_person WHERE dossier_id = :d ORDER BY person_id")
                .param("d", UUID.fromString(dossier)).query(String.class).list();
        String at = OffsetDateTime.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))).minusHours(2).withNano(0).toString();
        String future = OffsetDateTime.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))).plusDays(1).withNano(0).toString();

        write(dossier, "demo-medewerker", """
                {"occurredAt":"%s","kind":"BY_PIGEON","personIds":["%s"]}""".formatted(future, UUID.randomUUID()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", hasItems("occurredAt", "kind", "summary", "personIds[0]")));
        String created = write(dossier, "demo-medewerker", """
                {"occurredAt":"%s","kind":"HOME_VISIT","withWhom":"Moeder","summary":"Huisbezoek: het gaat beter.",
                 "personIds":["%s"]}""".formatted(at, persons.get(0)))
                .andExpect(status().isCreated()).andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.personIds[0]").value(persons.get(0)))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        write(dossier, "demo-medewerker", """
                {"occurredAt":"%s","kind":"HOME_VISIT","summary":"Verbetering: het was vader, niet moeder.",
                 "household":true,"corrects":"%s"}""".formatted(at, id)).andExpect(status().isCreated());

        String base = "/api/v1/dossiers/" + dossier + "/journal";
        mvc.perform(get(base).header("Authorization", "Bearer demo-medewerker")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].summary").value("Huisbezoek: het gaat beter."))
                .andExpect(jsonPath("$[0].corrections[0].summary").value("Verbetering: het was vader, niet moeder."));
        mvc.perform(get(base).param("personId", persons.get(1)).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get(base).param("personId", UUID.randomUUID().toString()).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(jsonPath("$.length()").value(0));
        // The secretariaat sees that there is an entry, never its text; it writes none; a jurist is not on the case.
        mvc.perform(get(base).header("Authorization", "Bearer demo-secretariaat")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].summary").doesNotExist()).andExpect(jsonPath("$[0].withWhom").doesNotExist());
        write(dossier, "demo-secretariaat", "{}").andExpect(status().isForbidden());
        write(dossier, "demo-jurist", "{}").andExpect(status().isForbidden());
        // Never changed: the runtime role may not update or delete an entry.
        assertThat(jdbc.sql("SELECT has_table_privilege(current_user, 'journal_entry', 'UPDATE')").query(Boolean.class).single())
                .isFalse();
    }
}
