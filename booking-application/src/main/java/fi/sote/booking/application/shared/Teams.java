package fi.sote.booking.application.shared;

import java.util.List;
import java.util.Optional;

import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.shared.Role;

/**
 * A team is the resources that name it; its supervisor is the one named as theirs. What a team's
 * views show is for its supervisor, and some of it for its members too; to anyone else the team does
 * not exist.
 */
public final class Teams {

    private Teams() {}

    /** The team's resources when the actor supervises it (or, with {@code membersToo}, belongs to it). */
    public static Optional<List<Resource>> visible(
            CatalogueRepository catalogue, Actor actor, String team, boolean membersToo) {
        List<Resource> members = catalogue.resources(actor.organisation()).stream()
                .filter(resource -> team != null && team.equals(resource.team()))
                .toList();
        boolean supervises = actor.is(Role.SUPERVISOR)
                && members.stream().anyMatch(member -> actor.subject().equals(member.supervisorSubject()));
        boolean belongs = membersToo
                && actor.is(Role.PROFESSIONAL)
                && members.stream().anyMatch(member -> actor.subject().equals(member.subject()));
        return supervises || belongs ? Optional.of(members) : Optional.empty();
    }
}
