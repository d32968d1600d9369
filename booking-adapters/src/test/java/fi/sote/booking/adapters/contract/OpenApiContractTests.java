package fi.sote.booking.adapters.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The published contract, openapi/booking-api.yaml, is what the code generates. Changing an
 * endpoint without refreshing the file fails the build; run with -Dbooking.openapi.refresh=true
 * to rewrite it, then review and commit the difference.
 */
@QuarkusTest
class OpenApiContractTests {

    private static final Path COMMITTED = Path.of("../openapi/booking-api.yaml");
    private static final Path GENERATED = Path.of("target/openapi-generated/booking-api.yaml");

    @Test
    void theCommittedContractIsWhatTheCodeGenerates() throws Exception {
        String generated = given().queryParam("format", "yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Files.createDirectories(GENERATED.getParent());
        Files.writeString(GENERATED, generated, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("booking.openapi.refresh")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as(
                        "openapi/booking-api.yaml differs from what the code generates (%s). Refresh it with "
                                + "'./mvnw verify -Dbooking.openapi.refresh=true', review the diff and commit it.",
                        GENERATED.toAbsolutePath())
                .isEqualTo(generated);
    }
}
