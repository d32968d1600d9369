package fi.sote.booking.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.security.DemoPersona;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * A background round reads the catalogue in one request context, without a transaction, for as long as it runs (the
 * messages, the waitlist, the publication). A change made meanwhile through the API must be what it reads next, not
 * the rows its own session read before.
 */
@QuarkusTest
class CatalogueSnapshotTests {

    @Inject
    LocalTokens tokens;

    @Inject
    CatalogueRepository catalogue;

    @Test
    void aRoundThatReadsTheCatalogueAgainAfterAChangeSeesTheChange() {
        CatalogueFixture fixture = new CatalogueFixture(tokens).create();
        OrganisationId organisation = new OrganisationId(DemoPersona.DEMO_ORGANISATION);
        SocialServiceId service = new SocialServiceId(UUID.fromString(fixture.socialServiceId));
        ManagedContext round = Arc.container().requestContext();
        round.activate();
        try {
            assertThat(catalogue
                            .socialService(organisation, service)
                            .orElseThrow()
                            .version())
                    .isZero();

            String task = JsonPath.from(fixture.asAdministrator()
                            .get("/api/v1/social-services/" + fixture.socialServiceId)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString())
                    .getString("serviceTaskId");
            fixture.asAdministrator()
                    .header("If-Match", "\"0\"")
                    .body("{\"code\":\"S" + fixture.suffix + "\",\"serviceTaskId\":\"" + task
                            + "\",\"name\":{\"fi\":\"Perheneuvola ja kasvatusneuvola\"}}")
                    .put("/api/v1/social-services/" + fixture.socialServiceId)
                    .then()
                    .statusCode(200);

            assertThat(catalogue.socialService(organisation, service).orElseThrow())
                    .satisfies(now -> {
                        assertThat(now.version()).isEqualTo(1);
                        assertThat(now.name().fi()).isEqualTo("Perheneuvola ja kasvatusneuvola");
                    });
        } finally {
            round.terminate();
        }
    }
}
