package nl.vangnet.staff;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A staff member or service account as beheer sees it. Never carries the password hash or TOTP secret. */
public record StaffUser(UUID id, String username, String displayName, StaffKind kind, boolean enabled,
        Set<Role> roles, Set<UUID> teamIds, boolean totpEnrolled, boolean passwordChangeRequired,
        int securityStamp, Instant createdAt) {
}
