package nl.vangnet.platform;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.coyote.ActionCode;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Answers the errors that no servlet answered, above all the requests Tomcat itself refuses before the application
 * sees them (an invalid character in the request target, malformed URL encoding, a control character in a header):
 * with the strict headers, and under {@code /api} as a problem+json with the API version. The body never repeats any
 * part of the request, and nothing is logged here.
 */
public class RejectedRequestValve extends ErrorReportValve {

    public RejectedRequestValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get() || !response.setErrorReported()) {
            return;
        }
        try {
            response.resetBuffer();
            StrictHeaders.apply(response, request.isSecure());
            String title = status >= 500 ? "Interne fout" : "Ongeldig verzoek";
            String detail = status >= 500 ? "Er ging iets mis bij het verwerken van het verzoek. Er is niets opgeslagen."
                    : "Het verzoek voldoet niet aan het HTTP-protocol en is niet verwerkt.";
            Writer writer;
            if (isApi(request)) {
                response.setHeader("API-Version", RequestIdFilter.API_VERSION);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                            + ",\"detail\":\"" + detail + "\"}");
                }
            } else {
                response.setContentType("text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                writer = response.getReporter();
                if (writer != null) {
                    writer.write("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + title
                            + " — Vangnet</title></head><body><h1>" + title + "</h1><p>" + detail
                            + "</p><p><a href=\"/\">Naar de startpagina</a></p></body></html>");
                }
            }
            if (writer != null) {
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot be written: nothing more to do (and nothing to log).
        }
    }

    /**
     * Under /api, also when Tomcat could not decode the path: the raw request target decides. When the request line
     * itself could not be read there is no path at all; then the answer is a problem too (no page is involved).
     */
    private static boolean isApi(Request request) {
        String uri = null;
        try {
            uri = request.getCoyoteRequest().requestURI().toString();
        } catch (RuntimeException e) {
            // no usable request target
        }
        return uri == null || uri.isEmpty() || uri.startsWith("/api/") || uri.equals("/api");
    }
}
