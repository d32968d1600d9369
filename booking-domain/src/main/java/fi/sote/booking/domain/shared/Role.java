package fi.sote.booking.domain.shared;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who someone acts as (DOMAIN.md section 3). The token's role claim names them in lower case ({@link #claim()});
 * a claim naming no role here gives no role.
 */
public enum Role {
    /** A person who books, reschedules and cancels their own times, and those of a child in their custody. */
    CLIENT,
    /** Client counselling (asiakasneuvonta) staff who book first contact times into target services. */
    COUNSELLOR,
    /** Keeps their own calendar, releases times, books and manages their clients' times. */
    PROFESSIONAL,
    /** Sees the team's calendars, reorganises absences, gets work-safety alerts, reads statistics. */
    SUPERVISOR,
    /** Maintains the catalogue. */
    ADMINISTRATOR,
    /** Another regional system acting through the API, within the scopes of its token. */
    INTEGRATION,
    /** Reads the access and disclosure logs. */
    AUDITOR;

    /** The role as the token's role claim names it. */
    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role a claim value names, if any. */
    public static Optional<Role> ofClaim(String claim) {
        for (Role role : values()) {
            if (role.claim().equals(claim)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The roles the claim values name; values naming no role are left out. */
    public static Set<Role> ofClaims(Collection<String> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String claim : claims) {
            ofClaim(claim).ifPresent(roles::add);
        }
        return roles;
    }
}
