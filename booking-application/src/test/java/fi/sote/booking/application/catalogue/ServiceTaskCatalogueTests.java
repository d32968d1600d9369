package fi.sote.booking.application.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import fi.sote.booking.application.catalogue.port.in.RegisterServiceTaskCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterServiceTaskResult;
import fi.sote.booking.application.catalogue.port.in.RegisterServiceTaskResult.Registered;
import fi.sote.booking.application.catalogue.port.in.RegisterServiceTaskResult.Rejected;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.shared.RejectionReason;

class ServiceTaskCatalogueTests {

    private static final OrganisationId KYMENLAAKSO = new OrganisationId("kymenlaakso-demo");
    private static final OrganisationId SIUNSOTE = new OrganisationId("siunsote-demo");
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private final InMemoryServiceTaskRepository repository = new InMemoryServiceTaskRepository();
    private final RegisterServiceTaskService register =
            new RegisterServiceTaskService(repository, Clock.fixed(NOW, ZoneOffset.UTC));
    private final ViewServiceTasksService view = new ViewServiceTasksService(repository);

    @Test
    void registeredServiceTaskIsListedAndFoundInItsOrganisation() {
        Registered registered = (Registered) register.register(command(KYMENLAAKSO, "families"));

        assertThat(registered.serviceTask().code()).isEqualTo("FAMILIES");
        assertThat(registered.serviceTask().createdAt()).isEqualTo(NOW);
        assertThat(view.list(KYMENLAAKSO)).containsExactly(registered.serviceTask());
        assertThat(view.find(KYMENLAAKSO, registered.serviceTask().id())).contains(registered.serviceTask());
    }

    @Test
    void secondServiceTaskWithTheSameCodeIsRejectedAsDuplicate() {
        register.register(command(KYMENLAAKSO, "FAMILIES"));

        RegisterServiceTaskResult second = register.register(command(KYMENLAAKSO, "families"));

        assertThat(second).isInstanceOfSatisfying(Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.DUPLICATE_CODE));
        assertThat(view.list(KYMENLAAKSO)).hasSize(1);
    }

    @Test
    void organisationsHaveTheirOwnCodesAndNeverSeeEachOthersTasks() {
        Registered ours = (Registered) register.register(command(KYMENLAAKSO, "FAMILIES"));
        RegisterServiceTaskResult theirs = register.register(command(SIUNSOTE, "FAMILIES"));

        assertThat(theirs).isInstanceOf(Registered.class);
        assertThat(view.list(SIUNSOTE)).extracting(task -> task.organisation()).containsOnly(SIUNSOTE);
        assertThat(view.find(SIUNSOTE, ours.serviceTask().id())).isEmpty();
    }

    private static RegisterServiceTaskCommand command(OrganisationId organisation, String code) {
        return new RegisterServiceTaskCommand(organisation, code, LocalizedText.finnish("Lapsiperheiden palvelut"));
    }
}
