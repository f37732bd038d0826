package nl.vangnet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every creating POST takes an Idempotency-Key (issue 9 §3): the stored answer is given again to a retry, a different
 * request with the same key is refused and stores nothing, a refused request leaves its key free, and concurrent
 * retries create one thing.
 */
@IntegrationTest
class IdempotencyKeyIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StaffDirectory directory;

    String dossier;
    String consultant;

    @BeforeEach
    void dossierOfTheDemoMedewerker() throws Exception {
        String answer = post("/api/v1/reports", null, TestData.exampleReport(TestData.randomBsn(),
                TestData.uniqueSurname("Sleutel"))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        dossier = JsonPath.read(answer, "$.dossierId");
        consultant = directory.findByUsername("jurist").orElseThrow().id().toString();
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndCreatesNothingNew() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"consultantId\":\"%s\",\"question\":\"Mag dit?\"}".formatted(consultant);
        MockHttpServletResponse first = post(consultations(), key, body).andExpect(status().isCreated())
                .andReturn().getResponse();
        long seq = jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
        MockHttpServletResponse again = post(consultations(), key, body).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true")).andReturn().getResponse();
        assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(consultationsStored()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT action, outcome FROM access_log_entry WHERE seq > :s AND :d = ANY(dossier_ids)")
                .param("s", seq).param("d", UUID.fromString(dossier)).query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                .list()).as("the replay is a logged read").containsExactly("READ ALLOWED");
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedAndStoresNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        post(consultations(), key, "{\"consultantId\":\"%s\",\"question\":\"Eerste\"}".formatted(consultant))
                .andExpect(status().isCreated());
        post(consultations(), key, "{\"consultantId\":\"%s\",\"question\":\"Tweede\"}".formatted(consultant))
                .andExpect(status().isUnprocessableContent());
        assertThat(consultationsStored()).isEqualTo(1);
    }

    @Test
    void aRefusedRequestLeavesItsKeyFreeForTheCorrectedOne() throws Exception {
        String key = UUID.randomUUID().toString();
        post(consultations(), key, "{\"consultantId\":\"%s\"}".formatted(UUID.randomUUID())).andExpect(status().isBadRequest());
        assertThat(consultationsStored()).isZero();
        post(consultations(), key, "{\"consultantId\":\"%s\"}".formatted(consultant)).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        assertThat(consultationsStored()).isEqualTo(1);
    }

    @Test
    void aKeyThatIsNoVisibleAsciiIsRefusedAtTheHeader() throws Exception {
        post(consultations(), "met spatie", "{\"consultantId\":\"%s\"}".formatted(consultant))
                .andExpect(status().isBadRequest());
        assertThat(consultationsStored()).isZero();
    }

    @Test
    void eightConcurrentRetriesCreateOneConsultation() throws Exception {
        for (int round = 0; round < 5; round++) {
            dossierOfTheDemoMedewerker();
            String key = UUID.randomUUID().toString();
            String body = "{\"consultantId\":\"%s\",\"question\":\"Tegelijk\"}".formatted(consultant);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<String>> calls = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    calls.add(() -> {
                        MockHttpServletResponse r = post(consultations(), key, body).andReturn().getResponse();
                        return r.getStatus() + " " + r.getContentAsString();
                    });
                }
                Set<String> answers = new HashSet<>();
                for (Future<String> f : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
                    answers.add(f.get());
                }
                assertThat(answers).as("round %d: every client got the same answer", round).hasSize(1);
                assertThat(answers.iterator().next()).startsWith("201 ");
                assertThat(consultationsStored()).as("round %d", round).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private String consultations() {
        return "/api/v1/dossiers/" + dossier + "/consultations";
    }

    private long consultationsStored() {
        return jdbc.sql("SELECT count(*) FROM consultation WHERE dossier_id = :d").param("d", UUID.fromString(dossier))
                .query(Long.class).single();
    }

    private ResultActions post(String path, String key, String json) throws Exception {
        var request = MockMvcRequestBuilders.post(path).header("Authorization", "Bearer demo-medewerker")
                .contentType(MediaType.APPLICATION_JSON).content(json);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }
}
