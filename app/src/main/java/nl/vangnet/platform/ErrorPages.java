package nl.vangnet.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that happen outside a controller (in a filter, or a 403 from the security chain): a problem response for
 * the API, a Dutch page for the UI. Never a stack trace or exception text.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            HttpStatus httpStatus = HttpStatus.resolve(status) == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.resolve(status);
            response.setHeader("API-Version", RequestIdFilter.API_VERSION);
            ApiProblems.write(response, ApiProblems.problem(httpStatus, switch (status) {
                case 403 -> "Geen toegang";
                case 404 -> "Niet gevonden";
                default -> status >= 500 ? "Interne fout" : "Fout in het verzoek";
            }, switch (status) {
                case 403 -> "U heeft geen recht op deze handeling of deze gegevens.";
                case 404 -> "Dit adres bestaat niet in de API.";
                default -> status >= 500 ? "Er ging iets mis bij het verwerken van het verzoek. "
                        + RequestTransactionFilter.failureSentence(request)
                        : "Het verzoek kon niet worden verwerkt.";
            }));
            return null;
        }
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status);
        page.addObject("nothingStored", RequestTransactionFilter.failureSentence(request).startsWith("Er is niets"));
        return page;
    }
}
