package fi.sote.booking.domain.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.sote.booking.domain.absence.ReplacementRanking.Basis;
import fi.sote.booking.domain.absence.ReplacementRanking.Candidate;
import fi.sote.booking.domain.absence.ReplacementRanking.Need;
import fi.sote.booking.domain.absence.ReplacementRanking.Replacement;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ResourceKind;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.OrganisationId;

class ReplacementRankingTests {

    private static final SocialServiceId SERVICE = SocialServiceId.random();
    private static final ServicePointId POINT = ServicePointId.random();
    private static final Resource ABSENT = professional("Absent", SERVICE, "fi", null);
    private static final Need NEED = new Need(ABSENT.id(), SERVICE, "fi", POINT);

    private static Resource professional(String name, SocialServiceId service, String language, ServicePointId point) {
        return new Resource(
                ResourceId.random(),
                new OrganisationId("county"),
                ResourceKind.PROFESSIONAL,
                name,
                null,
                null,
                Set.of(service),
                Set.of(language),
                point == null ? Set.of() : Set.of(point),
                "TEAM",
                "boss");
    }

    @Test
    void releasedTimeComesFirstThenTheBookingsServicePointThenName() {
        Resource working = professional("Aaro", SERVICE, "fi", null);
        Resource workingHere = professional("Ville", SERVICE, "fi", POINT);
        Resource released = professional("Öisti", SERVICE, "fi", null);
        Resource releasedHere = professional("Pirjo", SERVICE, "fi", POINT);

        List<Replacement> ranked = ReplacementRanking.rank(
                NEED,
                List.of(
                        new Candidate(working, false, true),
                        new Candidate(workingHere, false, true),
                        new Candidate(released, true, false),
                        new Candidate(releasedHere, true, true)));

        assertThat(ranked)
                .extracting(replacement -> replacement.resource().name())
                .containsExactly("Pirjo", "Öisti", "Ville", "Aaro");
        assertThat(ranked)
                .extracting(Replacement::basis)
                .containsExactly(Basis.RELEASED_TIME, Basis.RELEASED_TIME, Basis.WORKING_TIME, Basis.WORKING_TIME);
    }

    @Test
    void onlyOthersOfTheSameServiceWhoSpeakTheLanguageAndWorkThenQualify() {
        List<Replacement> ranked = ReplacementRanking.rank(
                NEED,
                List.of(
                        new Candidate(ABSENT, true, true),
                        new Candidate(professional("Other service", SocialServiceId.random(), "fi", POINT), true, true),
                        new Candidate(professional("Swedish only", SERVICE, "sv", POINT), true, true),
                        new Candidate(professional("Not working", SERVICE, "fi", POINT), false, false)));

        assertThat(ranked).isEmpty();
        assertThat(ReplacementRanking.rank(
                        new Need(ABSENT.id(), SERVICE, null, null),
                        List.of(new Candidate(professional("Swedish only", SERVICE, "sv", null), false, true))))
                .hasSize(1);
    }
}
