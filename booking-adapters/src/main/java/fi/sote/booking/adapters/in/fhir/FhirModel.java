package fi.sote.booking.adapters.in.fhir;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.instance.model.api.IBaseResource;

import fi.sote.booking.domain.shared.InvalidValueException;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;

/**
 * The FHIR R4 model of the {@code /fhir} interface: one HAPI {@link FhirContext} for the application (it is costly to
 * make and safe to share), and a new parser per call (parsers are not).
 */
@ApplicationScoped
public class FhirModel {

    private final FhirContext context = FhirContext.forR4Cached();

    public FhirContext context() {
        return context;
    }

    /** The resource as JSON. */
    public String write(IBaseResource resource) {
        return context.newJsonParser().encodeResourceToString(resource);
    }

    /**
     * A resource of the type from its JSON, strictly: an unknown element or a wrong value is a 400 naming it, not
     * something quietly dropped.
     */
    public <T extends IBaseResource> T read(Class<T> type, String json) {
        IParser parser = context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        try {
            return parser.parseResource(type, json);
        } catch (DataFormatException e) {
            throw new InvalidValueException(
                    "body", "is not a FHIR R4 " + type.getSimpleName() + " in JSON: " + e.getMessage());
        }
    }
}
