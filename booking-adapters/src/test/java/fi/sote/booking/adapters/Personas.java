package fi.sote.booking.adapters;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

import fi.sote.booking.adapters.security.DemoPersona;
import fi.sote.booking.adapters.security.LocalTokens;

/** Requests made as one of the demo personas, with a real token signed by the local mode's key. */
public final class Personas {

    private final LocalTokens tokens;

    public Personas(LocalTokens tokens) {
        this.tokens = tokens;
    }

    public RequestSpecification as(String persona) {
        return given().auth().oauth2(tokens.issue(DemoPersona.named(persona)));
    }
}
