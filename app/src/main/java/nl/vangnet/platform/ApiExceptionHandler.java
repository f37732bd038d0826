package nl.vangnet.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every error of an API call into an RFC 9457 problem with a Dutch detail. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalidBody(BindException e) {
        List<ApiProblems.InvalidParam> params = e.getFieldErrors().stream()
                .map(f -> new ApiProblems.InvalidParam(f.getField(), f.getDefaultMessage()))
                .toList();
        return respond(ApiProblems.invalid(params));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        List<ApiProblems.InvalidParam> params = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new ApiProblems.InvalidParam(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return respond(ApiProblems.invalid(params));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return respond(ApiProblems.invalid(List.of(new ApiProblems.InvalidParam(e.getName(),
                "Deze waarde heeft niet de verwachte vorm."))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return respond(ApiProblems.invalid(List.of(new ApiProblems.InvalidParam(e.getParameterName(),
                "Deze parameter is verplicht."))));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return respond(ApiProblems.invalid(List.of(new ApiProblems.InvalidParam(e.getHeaderName(),
                "Deze header is verplicht."))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException j && !j.getPath().isEmpty()) {
                String reason = t instanceof JsonTextInput.RefusedText refused ? refused.dutchReason
                        : "Deze waarde heeft niet de verwachte vorm.";
                return respond(ApiProblems.invalid(List.of(new ApiProblems.InvalidParam(field(j.getPath()), reason))));
            }
        }
        return respond(ApiProblems.problem(HttpStatus.BAD_REQUEST, "Onleesbaar verzoek",
                "De inhoud van het verzoek is geen geldige JSON of heeft niet de verwachte vorm."));
    }

    /** The field as the input names it: {@code persons[0].surname}. */
    static String field(List<tools.jackson.core.JacksonException.Reference> path) {
        StringBuilder name = new StringBuilder();
        for (tools.jackson.core.JacksonException.Reference r : path) {
            if (r.getPropertyName() != null) {
                name.append(name.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                name.append('[').append(r.getIndex()).append(']');
            }
        }
        return name.isEmpty() ? "body" : name.toString();
    }

    /**
     * A value the database refused (SQLState class 22, data exception: out of range, invalid character, too long;
     * class 23, a constraint) is bad input that passed our checks: 400, and the transaction rolled back. Other
     * database errors stay a 500.
     */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> refusedByDatabase(DataAccessException e,
            HttpServletRequest request) {
        String state = null;
        for (Throwable t = e; t != null && state == null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                state = sql.getSQLState();
            }
        }
        if ("23505".equals(state)) {
            return respond(ApiProblems.problem(HttpStatus.CONFLICT, "Bestaat al",
                    "Dit bestaat al of werd tegelijk door een ander vastgelegd. Er is niets opgeslagen."));
        }
        if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
            log.warn("Input refused by the database (SQLState {}) in API call", state);
            return respond(ApiProblems.problem(HttpStatus.BAD_REQUEST, "Ongeldige invoer",
                    "Een waarde valt buiten wat is toegestaan. Er is niets opgeslagen."));
        }
        return unexpected(e, request);
    }

    /** The firewall refused a header or parameter value (a control character): bad input, and the value is not logged. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        return respond(ApiProblems.problem(HttpStatus.BAD_REQUEST, "Ongeldig verzoek",
                "Het verzoek bevat een niet-toegestane waarde, zoals een stuurteken in een header."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(ApiProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Niet-ondersteund formaat",
                "Stuur de inhoud als application/json."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return respond(ApiProblems.problem(HttpStatus.METHOD_NOT_ALLOWED, "Methode niet toegestaan",
                "Deze methode is niet toegestaan op dit adres."));
    }

    @ExceptionHandler({NotFoundException.class})
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return respond(ApiProblems.problem(HttpStatus.NOT_FOUND, "Niet gevonden", e.getMessage()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return respond(ApiProblems.problem(HttpStatus.NOT_FOUND, "Niet gevonden", "Dit adres bestaat niet in de API."));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        return respond(ApiProblems.invalid(e.fields()));
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<ProblemDetail> rule(BusinessRuleException e) {
        if (e.field() != null) {
            return respond(ApiProblems.invalid(List.of(new ApiProblems.InvalidParam(e.field(), e.getMessage()))));
        }
        return respond(ApiProblems.problem(HttpStatus.CONFLICT, "Niet toegestaan in deze situatie", e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return respond(ApiProblems.problem(HttpStatus.FORBIDDEN, "Geen toegang",
                "U heeft geen recht op deze handeling of deze gegevens."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error in API call", e);
        return respond(ApiProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "Interne fout",
                "Er ging iets mis bij het verwerken van het verzoek. " + RequestTransactionFilter.failureSentence(request)
                        + " Vermeld het requestId bij contact met applicatiebeheer."));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(ApiProblems.PROBLEM_JSON).body(problem);
    }
}
