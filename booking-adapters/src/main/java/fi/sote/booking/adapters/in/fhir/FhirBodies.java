package fi.sote.booking.adapters.in.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import org.hl7.fhir.instance.model.api.IBaseResource;

/** FHIR resources in and out of the {@code /fhir} interface, as FHIR JSON ({@value FhirBodies#FHIR_JSON}). */
@Provider
@Produces({FhirBodies.FHIR_JSON, MediaType.APPLICATION_JSON})
@Consumes({FhirBodies.FHIR_JSON, MediaType.APPLICATION_JSON})
public class FhirBodies implements MessageBodyReader<IBaseResource>, MessageBodyWriter<IBaseResource> {

    public static final String FHIR_JSON = "application/fhir+json";

    private final FhirModel model;

    FhirBodies(FhirModel model) {
        this.model = model;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return IBaseResource.class.isAssignableFrom(type);
    }

    @Override
    public IBaseResource readFrom(
            Class<IBaseResource> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entityStream)
            throws IOException {
        return model.read(type, new String(entityStream.readAllBytes(), StandardCharsets.UTF_8));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return IBaseResource.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
            IBaseResource resource,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders,
            OutputStream entityStream)
            throws IOException {
        entityStream.write(model.write(resource).getBytes(StandardCharsets.UTF_8));
    }
}
