package nl.vangnet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vangnet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The OpenAPI document states what every operation answers, as the NL API Design Rules ask. */
@IntegrationTest
class OpenApiContractIT {

    @Autowired MockMvc mvc;

    @Test
    @SuppressWarnings("unchecked")
    void everyAnswerHasTheVersionHeaderAndEveryErrorIsAProblem() throws Exception {
        String docs = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(docs, "$.paths");
        List<String> wrong = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            if (operation.containsKey("requestBody") && !responses.keySet().containsAll(List.of("400", "415"))) {
                wrong.add(method + " " + path + " does not state 400 and 415");
            }
            // Reports and advice requests answer a reused key with the first registration (their own keys).
            if (method.equals("post") && !Set.of("/reports", "/advice-requests").contains(path) && !responses.containsKey("422")) {
                wrong.add(method + " " + path + " does not state 422 for a reused Idempotency-Key");
            }
            responses.forEach((code, response) -> {
                Map<String, Object> headers = (Map<String, Object>) response.get("headers");
                if (headers == null || !headers.containsKey("API-Version")) {
                    wrong.add(method + " " + path + " " + code + " has no API-Version header");
                }
                if (code.matches("[45]..") && !((Map<String, Object>) response.getOrDefault("content", Map.of()))
                        .containsKey("application/problem+json")) {
                    wrong.add(method + " " + path + " " + code + " is not problem+json");
                }
            });
        }));
        assertThat(wrong).isEmpty();
    }
}
