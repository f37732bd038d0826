package nl.vangnet.staff;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The staff member or service account on whose authentication the current thread acts. */
public final class CurrentStaff {

    private CurrentStaff() {
    }

    public static Optional<StaffPrincipal> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public static StaffPrincipal get() {
        return find().orElseThrow(() -> new IllegalStateException("No authenticated staff member"));
    }
}
