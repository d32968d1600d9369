package fi.sote.booking.domain.catalogue;

import java.time.Instant;
import java.util.List;

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
        ServiceTaskId id,
        OrganisationId organisation,
        String code,
        LocalizedText name,
        Instant createdAt,
        long version,
        boolean retired)
        implements Kept<ServiceTask> {

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

    /** A service task as registered: version 0, not retired. */
    public ServiceTask(
            ServiceTaskId id, OrganisationId organisation, String code, LocalizedText name, Instant createdAt) {
        this(id, organisation, code, name, createdAt, 0, false);
    }

    @Override
    public String key() {
        return id.value().toString();
    }

    @Override
    public ServiceTask as(long nextVersion, boolean isRetired) {
        return new ServiceTask(id, organisation, code, name, createdAt, nextVersion, isRetired);
    }

    /** A task's registration time is its own: a change keeps it. */
    @Override
    public List<String> differences(ServiceTask next) {
        return new Kept.Differences()
                .kept("code", code, next.code(), "register a new service task and retire this one")
                .of("name", name, next.name())
                .fields();
    }
}
