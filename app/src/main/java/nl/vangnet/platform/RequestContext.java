package nl.vangnet.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where the current request came from and its id, for the access log and error responses. */
public record RequestContext(String requestId, String clientIp) {

    static final String ATTRIBUTE = RequestContext.class.getName();
    private static final RequestContext NONE = new RequestContext(null, null);

    /** The current web request's context, or one without values outside a request (for example a scheduled job). */
    public static RequestContext current() {
        return currentRequest()
                .map(r -> r.getAttribute(ATTRIBUTE))
                .filter(RequestContext.class::isInstance)
                .map(RequestContext.class::cast)
                .orElse(NONE);
    }

    private static Optional<HttpServletRequest> currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.of(attributes.getRequest());
        }
        return Optional.empty();
    }
}
