package nl.vangnet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Arrays;
import java.util.List;
import nl.vangnet.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

/** The logs carry ids, never the names, dates of birth or BSNs of the persons in a dossier. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneIT {

    @Autowired MockMvc mvc;
    @Autowired LoggingSystem logging;

    @BeforeEach
    void verbose() {
        logging.setLogLevel(null, LogLevel.INFO);
        logging.setLogLevel("nl.vangnet", LogLevel.DEBUG);
    }

    @AfterEach
    void quiet() {
        logging.setLogLevel(null, LogLevel.WARN);
        logging.setLogLevel("nl.vangnet", LogLevel.INFO);
    }

    @Test
    void readingAndBeingRefusedADossierLogsNoPersonalData(CapturedOutput output) throws Exception {
        String list = mvc.perform(get("/api/v1/dossiers").header("Authorization", "Bearer demo-medewerker"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(list, "$[0].id");
        String dossier = mvc.perform(get("/api/v1/dossiers/" + id).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/dossiers/" + id).header("Authorization", "Bearer demo-jurist"))
                .andExpect(status().isForbidden());
        List<String> surnames = JsonPath.read(dossier, "$.persons[*].surname");
        List<String> givenNames = JsonPath.read(dossier, "$.persons[*].givenNames");
        List<String> births = JsonPath.read(dossier, "$.persons[*].dateOfBirth");
        assertThat(surnames).isNotEmpty();
        for (String value : concat(surnames, givenNames, births)) {
            assertThat(output.getAll()).doesNotContain(value);
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
