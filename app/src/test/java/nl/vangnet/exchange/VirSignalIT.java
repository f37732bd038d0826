package nl.vangnet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.dossier.DossierOpening;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The VIR signal (issue 12 §5): only the child's BSN, Veilig Thuis's name and contact details and the date leave;
 * registered as a disclosure on the ground VIR_SIGNAL; only for a child with a BSN, by who works on the case.
 */
@IntegrationTest
class VirSignalIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired StaffDirectory directory;
    @Autowired DossierOpening opening;

    ExchangeTestSupport api;
    String dossier;
    String child;
    String childBsn;
    String adult;

    @BeforeEach
    void reportAboutAChild() throws Exception {
        api = new ExchangeTestSupport(mvc, jdbc);
        childBsn = TestData.randomBsn();
        String report = api.post("/api/v1/reports", "demo-medewerker", TestData.exampleReport(childBsn, TestData.uniqueSurname("Signaal")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        dossier = JsonPath.read(report, "$.dossierId");
        child = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'CHILD')].personId").getFirst();
        adult = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'ALLEGED_PERPETRATOR')].personId").getFirst();
    }

    long signals(String dossierId) {
        return jdbc.sql("SELECT count(*) FROM vir_signal WHERE dossier_id = CAST(:d AS uuid)").param("d", dossierId)
                .query(Long.class).single();
    }

    @Test
    void theSignalHoldsOnlyTheChildsBsnVeiligThuisAndTheDateAndIsRegisteredAsADisclosure() throws Exception {
        String location = api.post("/api/v1/dossiers/" + dossier + "/vir-signals", "demo-medewerker", "{\"personId\":\"" + child + "\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/dossiers/" + dossier + "/vir-signals/")))
                .andExpect(jsonPath("$.index").value("VIR"))
                .andReturn().getResponse().getHeader("Location");
        String payload = api.get(location, "demo-medewerker").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, Object> sent = JsonPath.read(payload, "$");
        assertThat(sent.keySet()).containsExactlyInAnyOrder("bsn", "organisationName", "organisationPhone", "organisationEmail", "date");
        assertThat(sent).containsEntry("bsn", childBsn).containsEntry("organisationName", "Veilig Thuis Utrecht")
                .containsEntry("date", DutchTime.today(clock).toString());
        assertThat(payload).doesNotContain("blauwe plekken").doesNotContain("Sem").doesNotContain("CHILD_ABUSE");
        assertThat(api.disclosuresAbout(child, "VIR_SIGNAL")).isEqualTo(1);
        Map<String, Object> disclosure = jdbc.sql("""
                SELECT kind, recipient_organisation, array_to_string(data_items, ',') AS items FROM disclosure
                WHERE dossier_id = CAST(:d AS uuid) AND legal_ground = 'VIR_SIGNAL'""").param("d", dossier).query().singleRow();
        assertThat(disclosure).containsEntry("kind", "VIR_SIGNAL")
                .containsEntry("recipient_organisation", "Verwijsindex risicojongeren (VIR)")
                .containsEntry("items", "BSN,VEILIG_THUIS_CONTACT,SIGNAL_DATE");
    }

    @Test
    void theDossiersExchangePageSendsASignalForAChildAndListsIt() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/dossiers/" + dossier + "/uitwisseling")
                        .with(authentication(TestLogins.authentication(directory, clock, "medewerker"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"" + child + "\"")))
                .andExpect(content().string(not(containsString("value=\"" + adult + "\""))));
        mvc.perform(MockMvcRequestBuilders.post("/dossiers/" + dossier + "/uitwisseling/vir").with(csrf())
                        .with(authentication(TestLogins.authentication(directory, clock, "medewerker"))).param("personId", child))
                .andExpect(status().is3xxRedirection());
        assertThat(signals(dossier)).isEqualTo(1);
        mvc.perform(MockMvcRequestBuilders.get("/dossiers/" + dossier + "/uitwisseling")
                        .with(authentication(TestLogins.authentication(directory, clock, "medewerker"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(childBsn)));
    }

    @Test
    void aChildInFlevolandIsSignalledToEsar() throws Exception {
        api.moveHousehold(dossier, "GM0034");
        api.post("/api/v1/dossiers/" + dossier + "/vir-signals", "demo-medewerker", "{\"personId\":\"" + child + "\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.index").value("ESAR"));
        assertThat(jdbc.sql("SELECT recipient_organisation FROM disclosure WHERE dossier_id = CAST(:d AS uuid)")
                .param("d", dossier).query(String.class).single()).startsWith("ESAR");
    }

    @Test
    void anAdultOrAMissingPersonIsRefusedAtTheFieldAndNothingIsStored() throws Exception {
        long before = api.allDisclosures();
        api.post("/api/v1/dossiers/" + dossier + "/vir-signals", "demo-medewerker", "{\"personId\":\"" + adult + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("personId"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value(containsString("kind")));
        api.post("/api/v1/dossiers/" + dossier + "/vir-signals", "demo-medewerker", "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("personId"));
        api.post("/api/v1/dossiers/" + dossier + "/vir-signals", "demo-medewerker", "{\"personId\":\"" + UUID.randomUUID() + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("personId"));
        assertThat(signals(dossier)).isZero();
        assertThat(api.allDisclosures()).isEqualTo(before);
    }

    @Test
    void anotherTeamsWorkerAndTheSecretariaatAreRefusedLoggedAndNothingIsStored() throws Exception {
        UUID elsewhere = ExchangeTestSupport.dossierOfAnotherTeam(opening, directory, clock);
        String elsewhereChild = jdbc.sql("SELECT person_id FROM dossier_person WHERE dossier_id = :d").param("d", elsewhere)
                .query(UUID.class).single().toString();
        long seq = api.lastSeq();
        api.post("/api/v1/dossiers/" + elsewhere + "/vir-signals", "demo-medewerker", "{\"personId\":\"" + elsewhereChild + "\"}")
                .andExpect(status().isForbidden());
        assertThat(api.deniedOn(elsewhere, seq)).isEqualTo(1);
        assertThat(signals(elsewhere.toString())).isZero();
        assertThat(api.disclosures(elsewhere.toString(), "VIR_SIGNAL")).isZero();
        // The secretariaat has administrative access to the team's dossier, but does not work on the case.
        api.post("/api/v1/dossiers/" + dossier + "/vir-signals", "demo-secretariaat", "{\"personId\":\"" + child + "\"}")
                .andExpect(status().isForbidden());
        assertThat(signals(dossier)).isZero();
    }
}
