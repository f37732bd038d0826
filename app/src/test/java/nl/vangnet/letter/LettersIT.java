package nl.vangnet.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Letters: made from the current template version, addressed and dated, stored as a PDF document of the dossier with
 * one access-log entry; the reporter's feedback never holds the concern; only who works on the case makes them; the
 * templates are edited in beheer, refused when wrong, and kept in versions.
 */
@IntegrationTest
class LettersIT {

    static final String CONCERN = "Sem komt vaak met blauwe plekken op school.";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired StaffDirectory directory;

    String dossier;
    String surname;
    String child;

    @BeforeEach
    void dossierOfTheMedewerker() throws Exception {
        surname = TestData.uniqueSurname("Brief");
        String report = mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer demo-medewerker")
                        .contentType(MediaType.APPLICATION_JSON).content(TestData.exampleReport(TestData.randomBsn(), surname)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        dossier = JsonPath.read(report, "$.dossierId");
        child = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'CHILD')].personId").getFirst();
    }

    ResultActions letter(String token, String json) throws Exception {
        return mvc.perform(post("/api/v1/dossiers/" + dossier + "/letters").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    String pdfText(String location) throws Exception {
        byte[] pdf = mvc.perform(get(location).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        return LetterPdfTest.text(pdf);
    }

    long entriesAbout(long after) {
        return jdbc.sql("SELECT count(*) FROM access_log_entry WHERE seq > :s AND :d = ANY (dossier_ids)")
                .param("s", after).param("d", UUID.fromString(dossier)).query(Long.class).single();
    }

    long lastSeq() {
        return jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
    }

    @Test
    void theRegistrationNoticeIsAddressedToThePersonDatedTodayAndStoredAsAPdfWithOneLogEntry() throws Exception {
        long before = lastSeq();
        String location = letter("demo-medewerker", """
                {"template":"REGISTRATION_NOTICE","addresseePersonId":"%s"}""".formatted(child))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/dossiers/" + dossier + "/documents/")))
                .andExpect(jsonPath("$.template").value("REGISTRATION_NOTICE")).andExpect(jsonPath("$.templateVersion").isNumber())
                .andReturn().getResponse().getHeader("Location");
        assertThat(entriesAbout(before)).as("one access-log entry for the request").isEqualTo(1);
        assertThat(jdbc.sql("SELECT action FROM access_log_entry WHERE seq > :s").param("s", before).query(String.class).list())
                .containsExactly("CREATE");

        String text = pdfText(location);
        String reference = jdbc.sql("SELECT reference FROM dossier WHERE id = :d").param("d", UUID.fromString(dossier))
                .query(String.class).single();
        assertThat(text).contains("Sem " + surname, "Geachte heer/mevrouw " + surname, "Huisnummer 12", "3511 AB UTRECHT",
                LetterPdf.longDate(DutchTime.today(clock)), reference, "5.3.1", "inzien", "Autoriteit");
        assertThat(text).doesNotContain(CONCERN);
        mvc.perform(get("/api/v1/dossiers/" + dossier + "/documents").header("Authorization", "Bearer demo-medewerker"))
                .andExpect(jsonPath("$[0].kind").value("LETTER")).andExpect(jsonPath("$[0].personIds[0]").value(child));
    }

    @Test
    void theReportersFeedbackSaysThatTheReportWasReceivedAndNeverWhatWasReported() throws Exception {
        String location = letter("demo-medewerker", "{\"template\":\"REPORTER_FEEDBACK\",\"addressee\":\"REPORTER\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String text = pdfText(location);
        assertThat(text).contains("A. Voorbeeld", "Basisschool De Voorbeeld", "ontvangen", "beoordeelt de veiligheid",
                LetterPdf.longDate(DutchTime.today(clock)));
        assertThat(text).doesNotContain(CONCERN).doesNotContain("blauwe plekken").doesNotContain(surname);
    }

    @Test
    void theNoticeToTheMunicipalExecutiveIsAddressedToTheCollegeOfTheHouseholdsMunicipality() throws Exception {
        String location = letter("demo-medewerker", "{\"template\":\"BW_NOTICE\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        assertThat(pdfText(location)).contains("Het college van burgemeester en wethouders", "Gemeente Utrecht",
                "Geacht college", "Raad voor de Kinderbescherming").doesNotContain(CONCERN).doesNotContain(surname);
    }

    @Test
    void wrongInputIsRefusedAtItsFieldAndNothingIsStored() throws Exception {
        long letters = count();
        letter("demo-medewerker", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("template")));
        letter("demo-medewerker", "{\"template\":\"LOVE_LETTER\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("template"));
        letter("demo-medewerker", "{\"template\":\"REGISTRATION_NOTICE\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("addresseePersonId"));
        letter("demo-medewerker", "{\"template\":\"REGISTRATION_NOTICE\",\"addresseePersonId\":\"" + UUID.randomUUID() + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].reason", containsString("hoort niet")));
        letter("demo-medewerker", "{\"template\":\"BW_NOTICE\",\"addressee\":\"REPORTER\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("addressee"));
        assertThat(count()).isEqualTo(letters);
    }

    @Test
    void onlyWhoWorksOnTheCaseAndTheSecretariaatMakeLettersAndEachRefusalIsLogged() throws Exception {
        String body = "{\"template\":\"REGISTRATION_NOTICE\",\"addresseePersonId\":\"" + child + "\"}";
        // The secretariaat makes letters (DOMAIN.md) and opens the letter it made, but no other document.
        String location = letter("demo-secretariaat", body).andExpect(status().isCreated()).andReturn().getResponse()
                .getHeader("Location");
        mvc.perform(get(location).header("Authorization", "Bearer demo-secretariaat")).andExpect(status().isOk());
        // The file name can tell what a document is about: the secretariaat's list names the letter without it.
        mvc.perform(get("/dossiers/" + dossier + "/brieven")
                        .with(authentication(TestLogins.authentication(directory, clock, "secretariaat"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Brief openen (PDF)")));
        long letters = count();
        for (String token : List.of("demo-jurist", "demo-crisisdienst", "demo-fg", "demo-applicatiebeheer")) {
            long before = lastSeq();
            letter(token, body).andExpect(status().isForbidden());
            if (!token.equals("demo-applicatiebeheer") && !token.equals("demo-fg")) {
                assertThat(jdbc.sql("SELECT outcome FROM access_log_entry WHERE seq > :s AND :d = ANY (dossier_ids)")
                        .param("s", before).param("d", UUID.fromString(dossier)).query(String.class).list())
                        .as(token).containsExactly("DENIED");
            }
        }
        mvc.perform(get("/dossiers/" + dossier + "/brieven")
                        .with(authentication(TestLogins.authentication(directory, clock, "jurist"))))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(letters);
    }

    @Test
    void aTemplateIsEditedInBeheerRefusedWhenWrongAndEveryVersionIsKept() throws Exception {
        var admin = authentication(TestLogins.authentication(directory, clock, "applicatiebeheer"));
        mvc.perform(get("/beheer/brieven").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/beheer/brieven/REPORTER_FEEDBACK")));
        int version = jdbc.sql("SELECT current_version FROM letter_template WHERE code = 'BW_NOTICE'").query(Integer.class).single();
        mvc.perform(post("/beheer/brieven/BW_NOTICE").with(admin).with(csrf()).param("title", "Melding aan B&W")
                        .param("body", "<p>{{naam}} {{zorg}}</p>"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Onbekend invulveld {{zorg}}")))
                .andExpect(content().string(containsString("id=\"body-fout\"")));
        mvc.perform(post("/beheer/brieven/BW_NOTICE").with(admin).with(csrf()).param("title", "Melding aan B&W")
                        .param("body", "<p>{{naam}}<br></p>"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("geen geldige XHTML")));
        mvc.perform(post("/beheer/brieven/BW_NOTICE").with(csrf()).param("title", "x").param("body", "<p>x</p>")
                        .with(authentication(TestLogins.authentication(directory, clock, "medewerker"))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT current_version FROM letter_template WHERE code = 'BW_NOTICE'").query(Integer.class).single())
                .isEqualTo(version);

        String marker = "Proefversie " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/beheer/brieven/BW_NOTICE").with(admin).with(csrf()).param("title", "Melding aan B&W")
                        .param("body", "<p>{{aanhef}},</p><p>" + marker + " over {{dossiernummer}} op {{datum}}.</p>"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/beheer/brieven/BW_NOTICE").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString(marker)))
                .andExpect(content().string(containsString("Standaardtekst")));
        assertThat(jdbc.sql("SELECT count(*) FROM letter_template_version WHERE template_code = 'BW_NOTICE'").query(Long.class).single())
                .isEqualTo(version + 1L);
        assertThat(jdbc.sql("SELECT saved_by FROM letter_template_version WHERE template_code = 'BW_NOTICE' AND version = :v")
                .param("v", version + 1).query(UUID.class).single())
                .isEqualTo(directory.findByUsername("applicatiebeheer").orElseThrow().id());

        String location = letter("demo-medewerker", "{\"template\":\"BW_NOTICE\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.templateVersion").value(version + 1)).andReturn().getResponse().getHeader("Location");
        assertThat(pdfText(location)).contains(marker, "Geacht college");
        assertThat(jdbc.sql("SELECT template_version FROM letter WHERE document_id = :doc")
                .param("doc", UUID.fromString(location.substring(location.lastIndexOf('/') + 1))).query(Integer.class).single())
                .isEqualTo(version + 1);
    }

    @Test
    void theLettersPageMakesALetterAndOpensItAsAPdf() throws Exception {
        var worker = authentication(TestLogins.authentication(directory, clock, "medewerker"));
        mvc.perform(get("/dossiers/" + dossier + "/brieven").param("sjabloon", "REGISTRATION_NOTICE").with(worker))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Sem " + surname)));
        mvc.perform(post("/dossiers/" + dossier + "/brieven").with(worker).with(csrf()).param("template", "REGISTRATION_NOTICE"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"addresseePersonId-fout\"")));
        var saved = mvc.perform(post("/dossiers/" + dossier + "/brieven").with(worker).with(csrf())
                        .param("template", "REGISTRATION_NOTICE").param("addresseePersonId", child))
                .andExpect(status().is3xxRedirection()).andReturn();
        UUID document = (UUID) saved.getFlashMap().get("letter");
        byte[] pdf = mvc.perform(get("/dossiers/" + dossier + "/brieven/" + document).with(worker))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(LetterPdfTest.text(pdf)).contains("Sem " + surname);
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM letter").query(Long.class).single();
    }
}
