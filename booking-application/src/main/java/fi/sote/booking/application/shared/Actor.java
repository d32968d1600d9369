package fi.sote.booking.application.shared;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.shared.Role;

/**
 * Who asks a use case to act: their organisation, token subject and roles; for the access log also their unit,
 * the purpose they gave for reading client data (null: their role's default) and the application (OAuth client)
 * the token was issued to; and whether answers may show them whom bookings concern ({@code readsBookings}: an
 * integration only with its token's scope for reading bookings, everyone else by their role).
 */
public record Actor(
        OrganisationId organisation,
        String subject,
        Set<Role> roles,
        String unit,
        String purpose,
        String application,
        boolean readsBookings) {

    /** The default purposes of processing by role, most specific first (the access log's "basis"). */
    private static final List<Map.Entry<Role, String>> DEFAULT_PURPOSES = List.of(
            Map.entry(Role.AUDITOR, "supervision of the lawfulness of processing (audit)"),
            Map.entry(Role.PROFESSIONAL, "client work of the social service"),
            Map.entry(Role.SUPERVISOR, "management of the team's client work"),
            Map.entry(Role.COUNSELLOR, "client counselling and first contact booking"),
            Map.entry(Role.INTEGRATION, "processing by a regional system of the organisation"),
            Map.entry(Role.CLIENT, "the client's own booking"),
            Map.entry(Role.ADMINISTRATOR, "maintenance of the service"));

    public Actor {
        Invariants.required("organisation", organisation);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public Actor(OrganisationId organisation, String subject, Set<Role> roles) {
        this(organisation, subject, roles, null, null, null, true);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** The basis of processing client data: the purpose the caller gave, or their role's default. */
    public String basis() {
        if (purpose != null) {
            return purpose;
        }
        return DEFAULT_PURPOSES.stream()
                .filter(entry -> roles.contains(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("unspecified");
    }

    /** The roles, sorted and comma-separated, as the token names them and the access log records them. */
    public String roleNames() {
        Set<String> names = new TreeSet<>();
        roles.forEach(role -> names.add(role.claim()));
        return String.join(",", names);
    }

    /** Whether the actor is another system acting through the API, so that what it reads leaves the service. */
    public boolean isIntegration() {
        return is(Role.INTEGRATION);
    }
}
