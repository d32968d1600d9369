package fi.sote.booking.adapters.in.fhir;

import java.util.List;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** Search results as FHIR searchset Bundles, with absolute full URLs and the links to this page and the next. */
final class Bundles {

    private Bundles() {}

    /**
     * @param next the link to the next page, or null on the last; when there is none, the total is the entries'
     *     count
     */
    static Bundle searchset(UriInfo uri, List<? extends Resource> resources, String next) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.addLink().setRelation("self").setUrl(uri.getRequestUri().toString());
        if (next != null) {
            bundle.addLink().setRelation("next").setUrl(next);
        } else {
            bundle.setTotal(resources.size());
        }
        for (Resource resource : resources) {
            bundle.addEntry()
                    .setFullUrl(base(uri) + "/" + resource.fhirType() + "/" + resource.getIdPart())
                    .setResource(resource)
                    .getSearch()
                    .setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    /** The absolute base of the FHIR interface, as the caller reached it. */
    static String base(UriInfo uri) {
        return UriBuilder.fromUri(uri.getBaseUri()).path(FhirPaths.BASE).build().toString();
    }
}
