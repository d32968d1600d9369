package fi.sote.booking.adapters;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import fi.sote.booking.adapters.security.DemoPersona;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;

/**
 * A small catalogue of its own for a test, made through the API as an administrator would: a
 * service task, a social service, a contact mode, an entry type that blocks booking and one that
 * does not, a product, and a professional who signs in with a subject of their own.
 */
public final class CatalogueFixture {

    public final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    public final String professionalSubject = "professional-" + suffix;
    public final String otherProfessionalSubject = "other-professional-" + suffix;
    public final String supervisorSubject = "supervisor-" + suffix;
    private final LocalTokens tokens;
    public String socialServiceId;
    public String productId;
    public String groupProductId;
    public String resourceId;
    public String otherResourceId;

    public CatalogueFixture(LocalTokens tokens) {
        this.tokens = tokens;
    }

    public CatalogueFixture create() {
        String taskId =
                id(post("/api/v1/service-tasks", "{\"code\":\"T" + suffix + "\",\"name\":{\"fi\":\"Tehtävä\"}}"));
        socialServiceId = id(post(
                "/api/v1/social-services",
                "{\"code\":\"S" + suffix + "\",\"serviceTaskId\":\"" + taskId
                        + "\",\"name\":{\"fi\":\"Perheneuvola\",\"sv\":\"Familjerådgivning\"}}"));
        post("/api/v1/contact-modes", "{\"code\":\"M" + suffix + "\",\"name\":{\"fi\":\"Käynti\"},\"remote\":false}");
        post(
                "/api/v1/calendar-entry-types",
                "{\"code\":\"E" + suffix + "\",\"category\":\"CLIENT_WORK\",\"blocksBooking\":true,"
                        + "\"name\":{\"fi\":\"Kotikäynti\"},\"neutralLabel\":{\"fi\":\"Asiakastyö\"}}");
        post(
                "/api/v1/calendar-entry-types",
                "{\"code\":\"D" + suffix + "\",\"category\":\"OTHER_WORK\",\"blocksBooking\":false,"
                        + "\"name\":{\"fi\":\"Kirjaaminen\"},\"neutralLabel\":{\"fi\":\"Muu työ\"}}");
        productId = id(post("/api/v1/bookable-products", product("P" + suffix, 60, 1)));
        groupProductId = id(post("/api/v1/bookable-products", product("G" + suffix, 90, 6)));
        resourceId = id(post("/api/v1/resources", resource("Anna " + suffix, professionalSubject)));
        otherResourceId = id(post("/api/v1/resources", resource("Mikko " + suffix, otherProfessionalSubject)));
        return this;
    }

    public String blockingType() {
        return "E" + suffix;
    }

    public String nonBlockingType() {
        return "D" + suffix;
    }

    public String contactMode() {
        return "M" + suffix;
    }

    public RequestSpecification asAdministrator() {
        return given().auth()
                .oauth2(tokens.issue(DemoPersona.named("administrator")))
                .contentType(ContentType.JSON);
    }

    public RequestSpecification asProfessional() {
        return as(professionalSubject, Roles.PROFESSIONAL);
    }

    public RequestSpecification asSupervisor() {
        return as(supervisorSubject, Roles.SUPERVISOR);
    }

    public RequestSpecification as(String subject, String role) {
        return given().auth()
                .oauth2(tokens.issue(
                        subject, subject, DemoPersona.DEMO_ORGANISATION, Set.of(role), Duration.ofMinutes(10)))
                .contentType(ContentType.JSON);
    }

    /** An integration whose token carries these OAuth scopes. */
    public RequestSpecification asIntegration(String subject, String... scopes) {
        return given().auth()
                .oauth2(tokens.issue(
                        subject,
                        subject,
                        DemoPersona.DEMO_ORGANISATION,
                        Set.of(Roles.INTEGRATION),
                        Set.of(scopes),
                        Duration.ofMinutes(10)))
                .contentType(ContentType.JSON);
    }

    public RequestSpecification asPersona(String persona) {
        return given().auth().oauth2(tokens.issue(DemoPersona.named(persona))).contentType(ContentType.JSON);
    }

    public String product(String code, int minutes, int capacity) {
        return "{\"code\":\"" + code + "\",\"socialServiceId\":\"" + socialServiceId
                + "\",\"name\":{\"fi\":\"Ensikäynti\"},"
                + "\"durationMinutes\":" + minutes + ",\"contactModes\":[\"" + contactMode() + "\"],\"capacity\":"
                + capacity
                + ",\"channels\":[\"PROFESSIONAL\",\"COUNSELLING\",\"CLIENT_SELF_SERVICE\"],"
                + "\"selfService\":{\"minimumNoticeMinutes\":1440,\"horizonDays\":60,\"changeDeadlineMinutes\":1440},"
                + "\"bufferAfterMinutes\":15,\"guidance\":{\"fi\":\"Tervetuloa\",\"sv\":\"Välkommen\",\"en\":\"Welcome\"}}";
    }

    /** A professional's resource in the fixture's social service and team, as the body that registers it. */
    public String resource(String name, String subject) {
        return "{\"kind\":\"PROFESSIONAL\",\"name\":\"" + name + "\",\"title\":\"psykologi\",\"subject\":\"" + subject
                + "\",\"socialServiceIds\":[\"" + socialServiceId + "\"],\"languages\":[\"fi\",\"sv\"],\"team\":\"TEAM_"
                + suffix
                + "\",\"supervisorSubject\":\"" + supervisorSubject + "\"}";
    }

    private String post(String path, String body) {
        return asAdministrator()
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .asString();
    }

    private static String id(String json) {
        return JsonPath.from(json).getString("id");
    }
}
