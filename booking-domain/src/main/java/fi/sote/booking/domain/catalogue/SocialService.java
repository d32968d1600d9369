package fi.sote.booking.domain.catalogue;

import java.util.List;
import java.util.regex.Pattern;

import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Social service (sosiaalipalvelu; palvelunimike of the THL service-name list), e.g. family
 * counselling clinic or home help for families. Belongs to a service task. FHIR: Appointment.serviceType.
 *
 * @param thlCode the code of the THL service-name list (1.2.246.537.6.49.201501) where one exists
 */
public record SocialService(
        SocialServiceId id,
        OrganisationId organisation,
        String code,
        String thlCode,
        ServiceTaskId serviceTask,
        LocalizedText name,
        long version,
        boolean retired)
        implements Kept<SocialService> {

    private static final Pattern THL_CODE = Pattern.compile("[0-9A-Za-z.\\-]{1,40}");

    public SocialService {
        Invariants.required("id", id);
        Invariants.required("organisation", organisation);
        code = Invariants.code("code", code);
        if (thlCode != null && !thlCode.isBlank()) {
            thlCode = Invariants.matching(
                    "thlCode", thlCode.strip(), THL_CODE, "must be 1-40 letters, digits, '.' or '-'");
        } else {
            thlCode = null;
        }
        Invariants.required("serviceTask", serviceTask);
        Invariants.required("name", name);
    }

    /** A social service as registered: version 0, not retired. */
    public SocialService(
            SocialServiceId id,
            OrganisationId organisation,
            String code,
            String thlCode,
            ServiceTaskId serviceTask,
            LocalizedText name) {
        this(id, organisation, code, thlCode, serviceTask, name, 0, false);
    }

    @Override
    public String key() {
        return id.value().toString();
    }

    @Override
    public SocialService as(long nextVersion, boolean isRetired) {
        return new SocialService(id, organisation, code, thlCode, serviceTask, name, nextVersion, isRetired);
    }

    @Override
    public List<String> differences(SocialService next) {
        return new Kept.Differences()
                .kept("code", code, next.code(), "register a new social service and retire this one")
                .of("thlCode", thlCode, next.thlCode())
                .of("serviceTaskId", serviceTask, next.serviceTask())
                .of("name", name, next.name())
                .fields();
    }
}
