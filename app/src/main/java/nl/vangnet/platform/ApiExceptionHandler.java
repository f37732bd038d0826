package nl.vangnet.platform;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every error of an API call into an RFC 9457 problem with a Dutch detail. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
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
        return respond(ApiProblems.problem(HttpStatus.BAD_REQUEST, "Onleesbaar verzoek",
                "De inhoud van het verzoek is geen geldige JSON of heeft niet de verwachte vorm."));
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

    /** A value the firewall refuses (read late, from a header): a 400, and its message (with the value) is not logged. */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(org.springframework.security.web.firewall.RequestRejectedException e) {
        log.info("Refused a request with a value the firewall does not allow");
        return respond(ApiProblems.problem(HttpStatus.BAD_REQUEST, "Ongeldig verzoek",
                "Het verzoek bevat een niet-toegestaan teken en is niet verwerkt."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, jakarta.servlet.http.HttpServletRequest request) {
        log.error("Unexpected error in API call", e);
        return respond(ApiProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "Interne fout",
                "Er ging iets mis bij het verwerken van het verzoek. " + RequestTransactionFilter.failureSentence(request)
                        + " Vermeld het requestId bij contact met applicatiebeheer."));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(ApiProblems.PROBLEM_JSON).body(problem);
    }
}
