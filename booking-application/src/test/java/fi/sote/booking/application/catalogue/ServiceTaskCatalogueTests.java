package fi.sote.booking.application.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import fi.sote.booking.application.catalogue.port.in.RegisterServiceTaskCommand;
import fi.sote.booking.application.fakes.InMemoryCatalogue;
import fi.sote.booking.application.fakes.InMemoryServiceTaskRepository;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.application.shared.Outcome.Accepted;
import fi.sote.booking.application.shared.Outcome.Rejected;
import fi.sote.booking.domain.catalogue.ServiceTask;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.shared.RejectionReason;

@SuppressWarnings("unchecked")
class ServiceTaskCatalogueTests {

    private static final OrganisationId KYMENLAAKSO = new OrganisationId("kymenlaakso-demo");
    private static final OrganisationId SIUNSOTE = new OrganisationId("siunsote-demo");
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private final InMemoryServiceTaskRepository repository = new InMemoryServiceTaskRepository();
    private final RegisterServiceTaskService register =
            new RegisterServiceTaskService(repository, Clock.fixed(NOW, ZoneOffset.UTC));
    private final ViewCatalogueService view = new ViewCatalogueService(repository, new InMemoryCatalogue());

    @Test
    void registeredServiceTaskIsListedAndFoundInItsOrganisation() {
        Accepted<ServiceTask> registered = (Accepted<ServiceTask>) register.register(command(KYMENLAAKSO, "families"));

        assertThat(registered.value().code()).isEqualTo("FAMILIES");
        assertThat(registered.value().createdAt()).isEqualTo(NOW);
        assertThat(view.serviceTasks(KYMENLAAKSO)).containsExactly(registered.value());
        assertThat(view.serviceTask(KYMENLAAKSO, registered.value().id())).contains(registered.value());
    }

    @Test
    void secondServiceTaskWithTheSameCodeIsRejectedAsDuplicate() {
        register.register(command(KYMENLAAKSO, "FAMILIES"));

        Outcome<ServiceTask> second = register.register(command(KYMENLAAKSO, "families"));

        assertThat(second)
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.DUPLICATE_CODE));
        assertThat(view.serviceTasks(KYMENLAAKSO)).hasSize(1);
    }

    @Test
    void organisationsHaveTheirOwnCodesAndNeverSeeEachOthersTasks() {
        Accepted<ServiceTask> ours = (Accepted<ServiceTask>) register.register(command(KYMENLAAKSO, "FAMILIES"));
        Outcome<ServiceTask> theirs = register.register(command(SIUNSOTE, "FAMILIES"));

        assertThat(theirs).isInstanceOf(Accepted.class);
        assertThat(view.serviceTasks(SIUNSOTE))
                .extracting(task -> task.organisation())
                .containsOnly(SIUNSOTE);
        assertThat(view.serviceTask(SIUNSOTE, ours.value().id())).isEmpty();
    }

    private static RegisterServiceTaskCommand command(OrganisationId organisation, String code) {
        return new RegisterServiceTaskCommand(organisation, code, LocalizedText.finnish("Lapsiperheiden palvelut"));
    }
}
