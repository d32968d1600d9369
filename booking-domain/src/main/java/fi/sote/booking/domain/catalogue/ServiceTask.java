package fi.sote.booking.domain.catalogue;

import java.time.Instant;

import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Service task (palvelutehtävä): the grouping of social services that the counties report their
 * statistics by, e.g. services for families with children or disability services.
 *
 * @param code a short code, unique within the organisation, that integrations and reports use
 */
public record ServiceTask(
        ServiceTaskId id, OrganisationId organisation, String code, LocalizedText name, Instant createdAt) {

    public ServiceTask {
        Invariants.required("id", id);
        Invariants.required("organisation", organisation);
        code = normaliseCode(code);
        Invariants.required("name", name);
        Invariants.required("createdAt", createdAt);
    }

    /** A new service task, registered now. */
    public static ServiceTask register(OrganisationId organisation, String code, LocalizedText name, Instant now) {
        return new ServiceTask(ServiceTaskId.random(), organisation, code, name, now);
    }

    /** Upper-cases and validates a code, so that "families" and "FAMILIES" are the same task. */
    public static String normaliseCode(String code) {
        return Invariants.code("code", code);
    }
}
