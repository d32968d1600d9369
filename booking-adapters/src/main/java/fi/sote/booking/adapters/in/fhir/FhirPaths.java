package fi.sote.booking.adapters.in.fhir;

import jakarta.ws.rs.container.ContainerRequestContext;

/** Where the FHIR interface lives. */
public final class FhirPaths {

    public static final String BASE = "/fhir";

    private FhirPaths() {}

    public static boolean isFhir(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.equals(BASE) || path.startsWith(BASE + "/");
    }
}
