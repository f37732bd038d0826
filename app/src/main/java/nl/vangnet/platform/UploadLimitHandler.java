package nl.vangnet.platform;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over the multipart limits (spring.servlet.multipart.*) is refused while the request is parsed, before any
 * controller is chosen, so the advice for API controllers does not see it: this one, for every request, answers a
 * Dutch 413 problem instead of the container's bare 413.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(ApiProblems.PROBLEM_JSON)
                .body(ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "Bestand te groot", "Een bestand is ten hoogste 25 MB."));
    }
}
