package nl.vangnet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import nl.vangnet.platform.InvalidInputException;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

@IntegrationTest
class RestrainingOrderIT {

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired nl.vangnet.staff.StaffDirectory directory;
    ResultActions post(String path, String token, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @ParameterizedTest(name = "{0} days from the start is allowed")
    @ValueSource(longs = {1, 10, 14, 28})
    void aRestrainingOrderLastsAtMost28DaysFromItsStart(long days) {
        Instant start = Instant.parse("2026-11-23T20:00:00Z");
        assertThat(RestrainingOrders.endAfter(start, days)).isEqualTo(start.plus(Duration.ofDays(days)));
    }

    @ParameterizedTest(name = "{0} days from the start is refused")
    @ValueSource(longs = {0, 29, 60})
    void aLongerRestrainingOrderIsRefused(long days) {
        assertThatThrownBy(() -> RestrainingOrders.endAfter(Instant.parse("2026-11-23T20:00:00Z"), days))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("totalDays");
    }

    @Test
    void anOrderIsRegisteredForTenDaysExtendedTo28AndRefusedAt29() throws Exception {
        String report = post("/api/v1/reports", "demo-medewerker", TestData.exampleReport(TestData.randomBsn(), "Huisverbod"))
                .andReturn().getResponse().getContentAsString();
        String dossier = JsonPath.read(report, "$.dossierId");
        String child = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'CHILD')].personId").getFirst();
        String father = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'ALLEGED_PERPETRATOR')].personId").getFirst();
        OffsetDateTime start = OffsetDateTime.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))).minusHours(2).withNano(0);
        String order = """
                {"startsAt":"%s","orderedOutPersonId":"%s","protectedPersonIds":["%s"],"childAbuseReason":true}"""
                .formatted(start, father, child);
        post("/api/v1/dossiers/" + dossier + "/restraining-orders", "demo-medewerker", order)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("consultedAt"));
        post("/api/v1/dossiers/" + dossier + "/restraining-orders", "demo-medewerker",
                order.replace("\"protectedPersonIds\":[\"" + child + "\"]", "\"protectedPersonIds\":[\"" + father + "\"]")
                        .replace("}", ",\"consultedAt\":\"" + start.minusHours(1) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("protectedPersonIds"));
        String created = post("/api/v1/dossiers/" + dossier + "/restraining-orders", "demo-medewerker",
                order.replace("}", ",\"consultedAt\":\"" + start.minusHours(1) + "\",\"consultationSummary\":\"Burgemeester geadviseerd\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.endsAt").value(start.atZoneSameInstant(ZoneId.of("Europe/Amsterdam")).plusDays(10).toInstant().toString()))
                .andExpect(jsonPath("$.daysLeft").value(10))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String base = "/api/v1/dossiers/" + dossier + "/restraining-orders/" + id;

        clock.advance(Duration.ofDays(5));
        mvc.perform(get("/api/v1/dossiers/" + dossier + "/restraining-orders").header("Authorization", "Bearer demo-medewerker"))
                .andExpect(jsonPath("$[0].daysLeft").value(5));
        post(base + "/extension", "demo-medewerker", "{\"totalDays\":29}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("totalDays"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value("Een tijdelijk huisverbod duurt ten hoogste 28 dagen vanaf de start."));
        // The decision lies while the order runs: not in the future, not before its start.
        post(base + "/extension", "demo-medewerker", "{\"totalDays\":28,\"decidedAt\":\"%s\"}".formatted(
                        OffsetDateTime.ofInstant(clock.instant().plus(Duration.ofHours(2)), ZoneId.of("Europe/Amsterdam"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("decidedAt"));
        post(base + "/extension", "demo-medewerker", "{\"totalDays\":28,\"decidedAt\":\"%s\"}".formatted(start.minusDays(1)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("decidedAt"));
        post(base + "/extension", "demo-medewerker", "{\"totalDays\":28}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.endsAt").value(start.atZoneSameInstant(ZoneId.of("Europe/Amsterdam")).plusDays(28).toInstant().toString()))
                .andExpect(jsonPath("$.extensions").value(1));
        post(base + "/extension", "demo-medewerker", "{\"totalDays\":20}").andExpect(status().isBadRequest());
        post(base + "/veilig-thuis", "demo-medewerker",
                "{\"helpStarted\":\"Ambulante hulp vader gestart\",\"contacts\":\"Moeder, vader, school\",\"lastingDecisions\":\"Veiligheidsplan\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.helpStarted").value("Ambulante hulp vader gestart"));
        post(base + "/extension", "demo-jurist", "{\"totalDays\":28}").andExpect(status().isForbidden());
        // The secretariaat of the team sees the dates, not the free text (administrative access).
        mvc.perform(get("/api/v1/dossiers/" + dossier + "/restraining-orders").header("Authorization", "Bearer demo-secretariaat"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].endsAt").value(start.atZoneSameInstant(ZoneId.of("Europe/Amsterdam")).plusDays(28).toInstant().toString()))
                .andExpect(jsonPath("$[0].consultationSummary").doesNotExist()).andExpect(jsonPath("$[0].helpStarted").doesNotExist());

        // The end is a deadline in the work list.
        mvc.perform(get("/werkvoorraad").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.authentication(TestLogins.authentication(
                                directory, clock, "medewerker"))))
                .andExpect(MockMvcResultMatchers.content()
                        .string(Matchers.containsString("Einde tijdelijk huisverbod")));
        clock.advance(Duration.ofDays(24));
        mvc.perform(get("/api/v1/dossiers/" + dossier + "/restraining-orders").header("Authorization", "Bearer demo-medewerker"))
                .andExpect(jsonPath("$[0].ended").value(true)).andExpect(jsonPath("$[0].daysLeft").value(0));
    }

}
