package nl.vangnet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.dossier.DossierOpening;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.Cases;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The transfer to another Veilig Thuis region (issue 12 §5): the package holds the dossier's reports and persons and
 * nothing else; it is registered as a disclosure on the ground CHILD_PROTECTION_OTHER_VEILIG_THUIS and the dossier
 * closes here; refused (storing nothing) for the own or an unknown region, while something keeps the dossier open,
 * and for another team's worker.
 */
@IntegrationTest
class RegionTransferIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired StaffDirectory directory;
    @Autowired DossierOpening opening;

    ExchangeTestSupport api() {
        return new ExchangeTestSupport(mvc, jdbc);
    }

    /** A dossier that may close: no unsafety, its statutory notices done; its household moved to Almere (Flevoland). */
    String closableDossierInFlevoland(String surname) throws Exception {
        Cases cases = new Cases(mvc, directory, clock);
        Cases.Case c = cases.decided("CLOSE_NO_UNSAFETY", TestData.randomBsn(), surname, "CHILD_ABUSE");
        cases.noticesDone(c.dossierId());
        api().moveHousehold(c.dossierId(), "GM0034");
        return c.dossierId();
    }

    long transfers(String dossierId) {
        return jdbc.sql("SELECT count(*) FROM region_transfer WHERE dossier_id = CAST(:d AS uuid)").param("d", dossierId)
                .query(Long.class).single();
    }

    String statusOf(String dossierId) {
        return jdbc.sql("SELECT status FROM dossier WHERE id = CAST(:d AS uuid)").param("d", dossierId).query(String.class).single();
    }

    @Test
    void thePackageHoldsOnlyTheReportsAndPersonsIsRegisteredAsADisclosureAndTheDossierClosesHere() throws Exception {
        String surname = TestData.uniqueSurname("Verhuisd");
        String dossier = closableDossierInFlevoland(surname);
        String answer = api().post("/api/v1/dossiers/" + dossier + "/region-transfers", "demo-medewerker", "{\"regionCode\":\"VT03\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.regionName").value("Flevoland"))
                .andReturn().getResponse().getContentAsString();
        String location = "/api/v1/dossiers/" + dossier + "/region-transfers/" + JsonPath.read(answer, "$.id");
        String content = api().get(location, "demo-medewerker").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, Object> sent = JsonPath.read(content, "$");
        assertThat(sent.keySet()).containsExactlyInAnyOrder("sender", "recipient", "dossierReference", "transferredOn",
                "household", "persons", "reports");
        assertThat(JsonPath.<Map<String, Object>>read(content, "$.sender").keySet()).containsExactlyInAnyOrder("name", "phone", "email");
        assertThat(JsonPath.<Map<String, Object>>read(content, "$.recipient")).containsEntry("regionCode", "VT03");
        assertThat(JsonPath.<Map<String, Object>>read(content, "$.household").keySet())
                .containsExactlyInAnyOrder("street", "postcode", "houseNumber", "municipalityCode", "municipalityName");
        List<Map<String, Object>> persons = JsonPath.read(content, "$.persons");
        assertThat(persons).hasSize(2);
        for (Map<String, Object> p : persons) {
            assertThat(p.keySet()).containsExactlyInAnyOrder("role", "bsn", "surname", "surnamePrefix", "givenNames", "dateOfBirth");
        }
        List<Map<String, Object>> reports = JsonPath.read(content, "$.reports");
        assertThat(reports).hasSize(1);
        assertThat(reports.getFirst().keySet()).containsExactlyInAnyOrder("reference", "receivedAt", "channel", "reporter",
                "violenceTypes", "concern", "acute");
        assertThat(JsonPath.<Map<String, Object>>read(content, "$.reports[0].reporter").keySet()).containsExactlyInAnyOrder(
                "type", "category", "anonymous", "name", "organisation", "function", "phone", "email");
        assertThat(statusOf(dossier)).isEqualTo("CLOSED");
        assertThat(jdbc.sql("SELECT closed_reason FROM dossier WHERE id = CAST(:d AS uuid)").param("d", dossier)
                .query(String.class).single()).isEqualTo("overgedragen aan VT Flevoland");
        assertThat(api().disclosures(dossier, "CHILD_PROTECTION_OTHER_VEILIG_THUIS")).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT d.recipient_organisation || '|' || d.kind || '|' || (SELECT count(*) FROM disclosure_person p WHERE p.disclosure_id = d.id)
                FROM disclosure d WHERE d.dossier_id = CAST(:d AS uuid)""").param("d", dossier).query(String.class).single())
                .isEqualTo("Veilig Thuis Flevoland|REGION_TRANSFER|2");
    }

    @Test
    void theDossiersExchangePageTransfersAndShowsWhatKeepsADossierOpenAtTheField() throws Exception {
        String dossier = closableDossierInFlevoland(TestData.uniqueSurname("Pagina"));
        mvc.perform(MockMvcRequestBuilders.post("/dossiers/" + dossier + "/uitwisseling/overdracht").with(csrf())
                        .with(authentication(TestLogins.authentication(directory, clock, "medewerker"))).param("regionCode", "VT03"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(dossier)).isEqualTo("CLOSED");
        mvc.perform(MockMvcRequestBuilders.get("/dossiers/" + dossier + "/uitwisseling")
                        .with(authentication(TestLogins.authentication(directory, clock, "medewerker"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Veilig Thuis Flevoland")));
        String open = new Cases(mvc, directory, clock).decided("INVESTIGATION").dossierId();
        mvc.perform(MockMvcRequestBuilders.post("/dossiers/" + open + "/uitwisseling/overdracht").with(csrf())
                        .with(authentication(TestLogins.authentication(directory, clock, "medewerker"))).param("regionCode", "VT03"))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("id=\"regionCode-fout\"")));
        assertThat(transfers(open)).isZero();
    }

    @Test
    void anOpenTrackRefusesTheTransferAndNothingIsStored() throws Exception {
        String dossier = new Cases(mvc, directory, clock).decided("INVESTIGATION").dossierId();
        api().post("/api/v1/dossiers/" + dossier + "/region-transfers", "demo-medewerker", "{\"regionCode\":\"VT03\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("onderzoek")));
        assertThat(transfers(dossier)).isZero();
        assertThat(statusOf(dossier)).isEqualTo("OPEN");
        assertThat(api().disclosures(dossier, "CHILD_PROTECTION_OTHER_VEILIG_THUIS")).isZero();
    }

    /** The usual case: at intake, before any assessment here; the report goes along and no longer waits here. */
    @Test
    void aReportNotYetAssessedGoesWithTheDossierAndNoLongerWaitsHere() throws Exception {
        String report = api().post("/api/v1/reports", "demo-medewerker", TestData.exampleReport(TestData.randomBsn(),
                TestData.uniqueSurname("Intake"))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String dossier = JsonPath.read(report, "$.dossierId");
        String reportId = JsonPath.read(report, "$.id");
        // The registration notice is this region's own duty (Wmo 2015 art. 5.3.1): it is done (or recorded) first.
        api().post("/api/v1/dossiers/" + dossier + "/region-transfers", "demo-medewerker", "{\"regionCode\":\"VT03\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("kennisgeving van registratie")));
        new Cases(mvc, directory, clock).noticesDone(dossier);
        api().post("/api/v1/dossiers/" + dossier + "/region-transfers", "demo-medewerker", "{\"regionCode\":\"VT03\"}")
                .andExpect(status().isCreated());
        assertThat(statusOf(dossier)).isEqualTo("CLOSED");
        assertThat(jdbc.sql("SELECT status FROM report WHERE id = CAST(:r AS uuid)").param("r", reportId).query(String.class)
                .single()).isEqualTo("TRANSFERRED");
        String work = api().get("/api/v1/work-list", "demo-medewerker").andReturn().getResponse().getContentAsString();
        assertThat(work).doesNotContain(reportId);
        api().post("/api/v1/reports/" + reportId + "/verification", "demo-medewerker", "{\"with\":\"melder\",\"how\":\"telefonisch\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("overgedragen")));
    }

    @Test
    void theOwnAnUnknownOrNoRegionIsRefusedAtTheFieldAndNothingIsStored() throws Exception {
        String dossier = closableDossierInFlevoland(TestData.uniqueSurname("Regio"));
        for (String body : List.of("{\"regionCode\":\"VT20\"}", "{\"regionCode\":\"VT99\"}", "{}")) {
            api().post("/api/v1/dossiers/" + dossier + "/region-transfers", "demo-medewerker", body)
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("regionCode"));
        }
        assertThat(transfers(dossier)).isZero();
        assertThat(statusOf(dossier)).isEqualTo("OPEN");
        assertThat(api().disclosures(dossier, "CHILD_PROTECTION_OTHER_VEILIG_THUIS")).isZero();
    }

    @Test
    void anotherTeamsWorkerIsRefusedLoggedAndNothingIsStored() throws Exception {
        UUID elsewhere = ExchangeTestSupport.dossierOfAnotherTeam(opening, directory, clock);
        long seq = api().lastSeq();
        api().post("/api/v1/dossiers/" + elsewhere + "/region-transfers", "demo-medewerker", "{\"regionCode\":\"VT03\"}")
                .andExpect(status().isForbidden());
        assertThat(api().deniedOn(elsewhere, seq)).isEqualTo(1);
        assertThat(transfers(elsewhere.toString())).isZero();
        assertThat(statusOf(elsewhere.toString())).isEqualTo("OPEN");
    }
}
