package nl.vangnet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.Cases;
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
 * The billing export (issue 12 §5): exactly five columns leave, one row per person who received services in the
 * period and lives in the municipality; one disclosure per person on the ground BILLING_CONTROL; only for the
 * secretariaat and the teamleider; bad parameters refused at the parameter, storing nothing.
 */
@IntegrationTest
class BillingExportIT {

    /** Woudenberg: no other test's household lives there. */
    static final String MUNICIPALITY = "GM0351";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired StaffDirectory directory;

    ExchangeTestSupport api;
    String surname;
    String bsn;
    String child;
    LocalDate today;

    @BeforeEach
    void anInvestigationInWoudenberg() throws Exception {
        api = new ExchangeTestSupport(mvc, jdbc);
        surname = TestData.uniqueSurname("Factuur");
        bsn = TestData.randomBsn();
        Cases.Case c = new Cases(mvc, directory, clock).decided("INVESTIGATION", bsn, surname, "CHILD_ABUSE");
        api.moveHousehold(c.dossierId(), MUNICIPALITY);
        child = jdbc.sql("SELECT id FROM person WHERE bsn = :b").param("b", bsn).query(String.class).single();
        today = DutchTime.today(clock);
    }

    String export(String token, String query) throws Exception {
        return new String(api.get("/api/v1/billing-exports?" + query, token).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv")).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }

    @Test
    void exactlyFiveColumnsLeaveOneRowPerPersonWithTheServicesAndEachPersonIsRegisteredAsADisclosure() throws Exception {
        long seq = api.lastSeq();
        String csv = export("demo-secretariaat", "municipalityCode=" + MUNICIPALITY + "&from=" + today.minusMonths(1) + "&to=" + today);
        List<String> lines = Arrays.asList(csv.replace("\uFEFF", "").split("\r\n"));
        assertThat(Arrays.asList(lines.getFirst().split(";", -1)))
                .containsExactly("naam", "adres", "woonplaats", "bsn", "geleverde diensten");
        for (String line : lines) {
            assertThat(line.split(";", -1)).as(line).hasSize(5);
        }
        List<String[]> mine = lines.stream().filter(l -> l.contains(surname)).map(l -> l.split(";", -1)).toList();
        assertThat(mine).hasSize(2);
        String[] childRow = mine.stream().filter(r -> r[3].equals(bsn)).findFirst().orElseThrow();
        assertThat(childRow).containsExactly("Sem " + surname, "Dorpsstraat 12, 3511AB", "Woudenberg", bsn, "veiligheidsbeoordeling, onderzoek");
        assertThat(csv).doesNotContain("blauwe plekken").doesNotContain("CHILD_ABUSE");
        assertThat(api.disclosuresAbout(child, "BILLING_CONTROL")).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT d.recipient_organisation || '|' || d.kind || '|' || array_to_string(d.data_items, ',') FROM disclosure d
                JOIN disclosure_person p ON p.disclosure_id = d.id WHERE p.person_id = CAST(:p AS uuid)""")
                .param("p", child).query(String.class).single())
                .isEqualTo("Gemeente Woudenberg|BILLING_EXPORT|NAME,BSN,ADDRESS,SERVICES_DELIVERED");
        assertThat(jdbc.sql("SELECT count(*) FROM access_log_entry WHERE seq > :s AND action = 'EXPORT' AND CAST(:p AS uuid) = ANY (person_ids)")
                .param("s", seq).param("p", child).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSecretariaatsPageDownloadsTheSameFiveColumnsAndShowsABadPeriodAtItsField() throws Exception {
        String csv = mvc.perform(MockMvcRequestBuilders.post("/facturatie").with(csrf())
                        .with(authentication(TestLogins.authentication(directory, clock, "secretariaat")))
                        .param("municipalityCode", MUNICIPALITY).param("from", today.minusMonths(1).toString())
                        .param("to", today.toString()))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.replace("\uFEFF", "")).startsWith("naam;adres;woonplaats;bsn;geleverde diensten\r\n").contains(surname);
        mvc.perform(MockMvcRequestBuilders.post("/facturatie").with(csrf())
                        .with(authentication(TestLogins.authentication(directory, clock, "teamleider")))
                        .param("municipalityCode", MUNICIPALITY).param("from", today.toString())
                        .param("to", today.minusDays(3).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"to-fout\"")));
    }

    @Test
    void aPeriodBeforeTheServicesHoldsNobodyOfTheHousehold() throws Exception {
        String csv = export("demo-teamleider", "municipalityCode=" + MUNICIPALITY + "&from=" + today.minusMonths(6)
                + "&to=" + today.minusMonths(5));
        assertThat(csv).doesNotContain(surname);
        assertThat(api.disclosuresAbout(child, "BILLING_CONTROL")).isZero();
    }

    @Test
    void aCaseWorkerIsRefusedLoggedAndNothingIsRegistered() throws Exception {
        long before = api.allDisclosures();
        long seq = api.lastSeq();
        api.get("/api/v1/billing-exports?municipalityCode=" + MUNICIPALITY + "&from=" + today.minusMonths(1) + "&to=" + today,
                "demo-medewerker").andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM access_log_entry WHERE seq > :s AND action = 'EXPORT' AND outcome = 'DENIED'")
                .param("s", seq).query(Long.class).single()).isEqualTo(1);
        assertThat(api.allDisclosures()).isEqualTo(before);
    }

    @Test
    void badParametersAreRefusedAtTheParameterAndNothingIsRegistered() throws Exception {
        long before = api.allDisclosures();
        String period = "&from=" + today.minusMonths(1) + "&to=" + today;
        api.get("/api/v1/billing-exports?municipalityCode=GM9999" + period, "demo-secretariaat")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("municipalityCode"));
        api.get("/api/v1/billing-exports?municipalityCode=" + MUNICIPALITY + "&from=" + today + "&to=" + today.minusDays(1),
                "demo-secretariaat").andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("to"));
        api.get("/api/v1/billing-exports?municipalityCode=" + MUNICIPALITY + "&from=" + today.minusYears(1) + "&to=" + today,
                "demo-secretariaat").andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("to"));
        api.get("/api/v1/billing-exports?municipalityCode=" + MUNICIPALITY + "&from=gisteren&to=" + today, "demo-secretariaat")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("from"));
        String problem = api.get("/api/v1/billing-exports", "demo-teamleider").andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(problem, "$.invalidParams[*].name")).containsExactly("municipalityCode", "from", "to");
        assertThat(api.allDisclosures()).isEqualTo(before);
    }
}
