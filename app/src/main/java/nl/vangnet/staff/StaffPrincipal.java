package nl.vangnet.staff;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is acting: a staff member in a fully authenticated session (password and second factor) or the owner of an
 * API token. {@code securityStamp} ties the session to the user's state: raising it in the database ends it.
 */
public record StaffPrincipal(UUID id, String username, String displayName, StaffKind kind, Set<Role> roles,
        Set<UUID> teamIds, int securityStamp, Instant authenticatedAt, UUID tokenId) implements Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Collection<? extends GrantedAuthority> authorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    /**
     * The team ids for an SQL {@code IN (...)} list: a user without teams gets a single id that matches no team, as an
     * empty list is not valid SQL.
     */
    public Set<UUID> teamIdsOrNone() {
        return teamIds.isEmpty() ? Set.of(new UUID(0, 0)) : teamIds;
    }

    public List<Role> sortedRoles() {
        return roles.stream().sorted().toList();
    }
}
