package nl.vangnet.platform;

import tools.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details with Dutch texts, as every API error is answered. */
public final class ApiProblems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblems() {
    }

    public static ProblemDetail problem(HttpStatus status, String dutchTitle, String dutchDetail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, dutchDetail);
        problem.setTitle(dutchTitle);
        problem.setType(URI.create("about:blank"));
        String requestId = RequestContext.current().requestId();
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    /** A validation problem naming each invalid field with its Dutch reason. */
    public static ProblemDetail invalid(List<InvalidParam> invalidParams) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ongeldige invoer",
                "Het verzoek bevat ongeldige velden: "
                        + String.join(", ", invalidParams.stream().map(InvalidParam::name).distinct().toList()) + ".");
        problem.setProperty("invalidParams", invalidParams);
        return problem;
    }

    /** For filters that answer before a controller is reached (401, 403 from the security chain). */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        JSON.writeValue(response.getOutputStream(), body);
    }

    public record InvalidParam(String name, String reason) {
    }
}
