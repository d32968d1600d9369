package fi.sote.booking.application.shared;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Who asks a use case to act: their organisation, token subject and roles; for the access log also
 * their unit, the purpose they gave for reading client data (null: their role's default) and the
 * application (OAuth client) the token was issued to.
 */
public record Actor(OrganisationId organisation, String subject, Set<String> roles, String unit, String purpose,
        String application) {

    /** The default purposes of processing by role, most specific first (the access log's "basis"). */
    private static final List<List<String>> DEFAULT_PURPOSES = List.of(
            List.of("auditor", "supervision of the lawfulness of processing (audit)"),
            List.of("professional", "client work of the social service"),
            List.of("supervisor", "management of the team's client work"),
            List.of("counsellor", "client counselling and first contact booking"),
            List.of("integration", "processing by a regional system of the organisation"),
            List.of("client", "the client's own booking"),
            List.of("administrator", "maintenance of the service"));

    public Actor {
        Invariants.required("organisation", organisation);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public Actor(OrganisationId organisation, String subject, Set<String> roles) {
        this(organisation, subject, roles, null, null, null);
    }

    /** The basis of processing client data: the purpose the caller gave, or their role's default. */
    public String basis() {
        if (purpose != null) {
            return purpose;
        }
        return DEFAULT_PURPOSES.stream().filter(entry -> roles.contains(entry.get(0))).map(entry -> entry.get(1))
                .findFirst().orElse("unspecified");
    }

    /** The roles, sorted and comma-separated, as the access log names them. */
    public String roleNames() {
        return String.join(",", new TreeSet<>(roles));
    }

    /** Whether the actor is another system acting through the API, so that what it reads leaves the service. */
    public boolean isIntegration() {
        return roles.contains("integration");
    }
}
