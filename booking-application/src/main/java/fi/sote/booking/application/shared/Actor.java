package fi.sote.booking.application.shared;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.shared.Role;

/**
 * Who asks a use case to act: their organisation, token subject and roles; for the access log also their unit,
 * the purpose they gave for reading client data (null: their role's default) and the application (OAuth client)
 * the token was issued to; and whether answers may show them whom bookings concern ({@code readsBookings}: an
 * integration only with its token's scope for reading bookings, everyone else by their role). A client strongly
 * identified by a personal identity code (the code in a claim of their token) has it in {@code identityCode}, and
 * {@code selves} are the client references they are known by: the code's pseudonym first, under which they book for
 * themselves, then their token's subject and the client-record references the client-record system linked to the
 * code; a client without a code is known by their subject alone.
 */
public record Actor(
        OrganisationId organisation,
        String subject,
        Set<Role> roles,
        String unit,
        String purpose,
        String application,
        boolean readsBookings,
        PersonalIdentityCode identityCode,
        List<String> selves) {

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
        selves = selves != null && !selves.isEmpty()
                ? List.copyOf(new LinkedHashSet<>(selves))
                : subject == null ? List.of() : List.of(subject);
    }

    public Actor(
            OrganisationId organisation,
            String subject,
            Set<Role> roles,
            String unit,
            String purpose,
            String application,
            boolean readsBookings) {
        this(organisation, subject, roles, unit, purpose, application, readsBookings, null, null);
    }

    public Actor(OrganisationId organisation, String subject, Set<Role> roles) {
        this(organisation, subject, roles, null, null, null, true);
    }

    /** The client reference a client's own bookings are made under: the code's pseudonym, or their subject. */
    public String self() {
        return selves.isEmpty() ? subject : selves.get(0);
    }

    /** Whether the actor, as a client, is known by the reference. */
    public boolean isKnownAs(String reference) {
        return is(Role.CLIENT) && reference != null && selves.contains(reference);
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
