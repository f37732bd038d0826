package nl.vangnet.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The pages: applicatiebeheer creates an external account (refused without its end, at the field); the FG selects a
 * dossier for it; the researcher sees the selection and downloads the research export.
 */
@IntegrationTest
class ExternalAccessPagesIT {

    static final Instant MONDAY = OffsetDateTime.parse("2026-05-04T10:00:00+02:00").toInstant();

    @Autowired MockMvc mvc;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
        return request.with(authentication(TestLogins.authentication(directory, clock, username))).with(csrf());
    }

    MockHttpServletRequestBuilder account(String username, String until) {
        return as(post("/beheer/extern"), "applicatiebeheer").param("username", username).param("displayName", "Dr. Onderzoeker")
                .param("initialPassword", "juist-wachtwoord-42").param("role", "RESEARCHER")
                .param("organisation", "Universiteit Utrecht").param("vogIssuedOn", "2026-04-01")
                .param("confidentialitySignedOn", "2026-04-20").param("validFrom", "2026-05-01").param("validUntil", until);
    }

    @Test
    void anAccountIsCreatedSelectedForAndItsResearcherSeesTheSelectionAndDownloadsTheExport() throws Exception {
        clock.set(MONDAY);
        String username = "pagina-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(account(username, "")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("validUntil-fout")));
        assertThat(directory.findByUsername(username)).isEmpty();
        mvc.perform(account(username, "2026-10-31")).andExpect(status().is3xxRedirection());
        mvc.perform(as(get("/beheer/extern"), "applicatiebeheer")).andExpect(status().isOk())
                .andExpect(content().string(containsString(username)));
        String userId = directory.findByUsername(username).orElseThrow().id().toString();
        // An external account, like any new one, first chooses its own password.
        mvc.perform(as(get("/externe-toegang"), username)).andExpect(status().is3xxRedirection());
        directory.changePassword(UUID.fromString(userId), "eigen-wachtwoord-42");

        String report = mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer demo-medewerker")
                .contentType(MediaType.APPLICATION_JSON).content(TestData.exampleReport(TestData.randomBsn(),
                        TestData.uniqueSurname("Pagina")))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String dossierId = JsonPath.read(report, "$.dossierId");
        String reference = jdbc.sql("SELECT reference FROM dossier WHERE id = :id").param("id", UUID.fromString(dossierId))
                .query(String.class).single();
        String purpose = "Paginaonderzoek " + UUID.randomUUID();
        mvc.perform(as(post("/externe-toegang"), "fg").param("userId", userId).param("kind", "RESEARCH").param("purpose", purpose)
                .param("validFrom", "2026-05-04").param("validUntil", "2026-06-30").param("dossierReferences", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("dossierReferences-fout")));
        mvc.perform(as(post("/externe-toegang"), "fg").param("userId", userId).param("kind", "RESEARCH").param("purpose", purpose)
                .param("validFrom", "2026-05-04").param("validUntil", "2026-06-30").param("dossierReferences", reference))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(get("/externe-toegang"), username)).andExpect(status().isOk())
                .andExpect(content().string(containsString(purpose))).andExpect(content().string(containsString(reference)));
        UUID selection = jdbc.sql("SELECT id FROM external_selection WHERE purpose = :p").param("p", purpose).query(UUID.class).single();
        mvc.perform(as(get("/externe-toegang/" + selection + "/onderzoeksexport"), username)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("onderzoeksexport.json")))
                .andExpect(content().string(containsString("\"ageBand\"")));
        mvc.perform(as(get("/externe-toegang/" + selection + "/onderzoeksexport"), "fg")).andExpect(status().isForbidden());
        mvc.perform(as(post("/externe-toegang/" + selection + "/beeindigen"), "fg")).andExpect(status().is3xxRedirection());
        mvc.perform(as(get("/dossiers/" + dossierId), username)).andExpect(status().isForbidden());
    }
}
