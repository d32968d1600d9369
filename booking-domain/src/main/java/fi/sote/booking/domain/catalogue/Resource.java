package fi.sote.booking.domain.catalogue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Resource (resurssi): a professional or a room whose calendar (kalenteri) holds entries, released
 * time and bookings. A professional works in social services and service points, speaks languages,
 * belongs to a team with a supervisor, and signs in with the subject of their token.
 */
public record Resource(
        ResourceId id,
        OrganisationId organisation,
        ResourceKind kind,
        String name,
        String title,
        String subject,
        Set<SocialServiceId> socialServices,
        Set<String> languages,
        Set<ServicePointId> servicePoints,
        String team,
        String supervisorSubject,
        long version,
        boolean retired)
        implements Kept<Resource> {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    public Resource {
        Invariants.required("id", id);
        Invariants.required("organisation", organisation);
        Invariants.required("kind", kind);
        name = Invariants.text("name", name, 200);
        title = Invariants.optionalText("title", title, 200);
        subject = Invariants.optionalText("subject", subject, 255);
        socialServices = socialServices == null ? Set.of() : Set.copyOf(socialServices);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        for (String language : languages) {
            Invariants.matching("languages", language, LANGUAGE, "must be ISO 639-1 codes such as fi, sv, en");
        }
        servicePoints = servicePoints == null ? Set.of() : Set.copyOf(servicePoints);
        team = team == null || team.isBlank() ? null : Invariants.code("team", team);
        supervisorSubject = Invariants.optionalText("supervisorSubject", supervisorSubject, 255);
        if (kind == ResourceKind.PROFESSIONAL && languages.isEmpty()) {
            throw new InvalidValueException("languages", "a professional speaks at least one language");
        }
    }

    /** Whether this is a room at one of {@code places}. */
    public boolean isRoomAt(Set<ServicePointId> places) {
        return kind == ResourceKind.ROOM && servicePoints.stream().anyMatch(places::contains);
    }

    /** A resource as registered: version 0, not retired. */
    public Resource(
            ResourceId id,
            OrganisationId organisation,
            ResourceKind kind,
            String name,
            String title,
            String subject,
            Set<SocialServiceId> socialServices,
            Set<String> languages,
            Set<ServicePointId> servicePoints,
            String team,
            String supervisorSubject) {
        this(
                id,
                organisation,
                kind,
                name,
                title,
                subject,
                socialServices,
                languages,
                servicePoints,
                team,
                supervisorSubject,
                0,
                false);
    }

    @Override
    public String key() {
        return id.value().toString();
    }

    @Override
    public Resource as(long nextVersion, boolean isRetired) {
        return new Resource(
                id,
                organisation,
                kind,
                name,
                title,
                subject,
                socialServices,
                languages,
                servicePoints,
                team,
                supervisorSubject,
                nextVersion,
                isRetired);
    }

    @Override
    public List<String> differences(Resource next) {
        return new Kept.Differences()
                .kept("kind", kind, next.kind(), "register a new resource and retire this one")
                .of("name", name, next.name())
                .of("title", title, next.title())
                .of("subject", subject, next.subject())
                .of("socialServiceIds", socialServices, next.socialServices())
                .of("languages", languages, next.languages())
                .of("servicePointIds", servicePoints, next.servicePoints())
                .of("team", team, next.team())
                .of("supervisorSubject", supervisorSubject, next.supervisorSubject())
                .fields();
    }
}
