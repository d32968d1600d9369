package fi.sote.booking.adapters.in.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.StructureDefinition;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

/**
 * HAPI's instance validator with base R4 and the local transcriptions of the Finnish Scheduling profiles
 * ({@code src/test/resources/fhir}): what the FHIR interface serves must validate against both.
 */
final class FhirValidation {

    static final List<String> PROFILES = List.of(
            "ajanvarauksen-tila",
            "requested-service-info",
            "fi-scheduling-appointment",
            "fi-scheduling-healthcare-service");

    private static FhirValidation shared;

    private final FhirContext context = FhirContext.forR4Cached();
    private final FhirValidator validator;

    private FhirValidation() {
        PrePopulatedValidationSupport local = new PrePopulatedValidationSupport(context);
        for (String profile : PROFILES) {
            local.addStructureDefinition(context.newJsonParser()
                    .parseResource(StructureDefinition.class, read("/fhir/StructureDefinition-" + profile + ".json")));
        }
        ValidationSupportChain chain = new ValidationSupportChain(
                local,
                new DefaultProfileValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context));
        FhirInstanceValidator instance = new FhirInstanceValidator(chain);
        instance.setAnyExtensionsAllowed(false);
        validator = context.newValidator().registerValidatorModule(instance);
    }

    /** One validator for the test run: the first validation takes seconds, the next milliseconds. */
    static synchronized FhirValidation shared() {
        if (shared == null) {
            shared = new FhirValidation();
        }
        return shared;
    }

    /** The errors HAPI's validator finds in the resource, each as "location: message"; empty when it is valid. */
    List<String> errors(IBaseResource resource) {
        return validator.validateWithResult(resource).getMessages().stream()
                .filter(message -> message.getSeverity() == ResultSeverityEnum.ERROR
                        || message.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidation::text)
                .toList();
    }

    /** The errors of the resource given as JSON. */
    List<String> errors(String json) {
        return errors(context.newJsonParser().parseResource(json));
    }

    private static String text(SingleValidationMessage message) {
        return message.getLocationString() + ": " + message.getMessage();
    }

    private static String read(String path) {
        try (InputStream in = FhirValidation.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No " + path + " on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
