package fi.sote.booking.domain.absence;

import java.util.Comparator;
import java.util.List;

import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ResourceKind;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.catalogue.SocialServiceId;

/**
 * Who could take over a booking of an absent professional at its own time. Only professionals of
 * the booking's social service who speak the client's language and are free at the time qualify;
 * those who released time for it with the booking's contact mode come first, then those for whom it
 * is unbooked working time (their service point is open); within each, those working at the
 * booking's service point, then by name.
 */
public final class ReplacementRanking {

    /** Why a professional could take the booking. */
    public enum Basis {
        /** They released time covering the booking, open to its contact mode. */
        RELEASED_TIME,
        /** The time is unbooked working time for them: a service point of theirs is open. */
        WORKING_TIME
    }

    /**
     * A professional free at the booking's time (no booking, no blocking entry, not absent).
     *
     * @param released whether a release of theirs covers the time with the booking's contact mode
     * @param workingTime whether one of their service points is open throughout the time
     */
    public record Candidate(Resource resource, boolean released, boolean workingTime) {}

    public record Replacement(Resource resource, Basis basis) {}

    /** What is to be replaced: the absent professional and the booking's service, language and service point. */
    public record Need(
            ResourceId absent, SocialServiceId socialService, String language, ServicePointId servicePoint) {}

    private ReplacementRanking() {}

    public static List<Replacement> rank(Need need, List<Candidate> candidates) {
        Comparator<Candidate> order = Comparator.comparing((Candidate c) -> !c.released())
                .thenComparing(c -> need.servicePoint() == null
                        || !c.resource().servicePoints().contains(need.servicePoint()))
                .thenComparing(c -> c.resource().name());
        return candidates.stream()
                .filter(c -> qualifies(need, c))
                .sorted(order)
                .map(c -> new Replacement(c.resource(), c.released() ? Basis.RELEASED_TIME : Basis.WORKING_TIME))
                .toList();
    }

    private static boolean qualifies(Need need, Candidate candidate) {
        Resource resource = candidate.resource();
        return resource.kind() == ResourceKind.PROFESSIONAL
                && !resource.id().equals(need.absent())
                && resource.socialServices().contains(need.socialService())
                && (need.language() == null || resource.languages().contains(need.language()))
                && (candidate.released() || candidate.workingTime());
    }
}
