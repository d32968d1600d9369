package fi.sote.booking.adapters.config;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import fi.sote.booking.adapters.out.http.ClientCredentials;
import fi.sote.booking.adapters.out.kanta.FhirAppointmentPublisher;
import fi.sote.booking.adapters.out.persistence.KeptAppointmentPublisher;
import fi.sote.booking.application.audit.port.out.AuditLog;
import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.client.port.out.ClientIdentities;
import fi.sote.booking.application.notification.port.out.EventReaders;
import fi.sote.booking.application.publication.PublishBookingsService;
import fi.sote.booking.application.publication.port.in.PublishBookingsUseCase;
import fi.sote.booking.application.publication.port.out.AppointmentPublisher;
import fi.sote.booking.application.publication.port.out.Publications;

/**
 * Publication of the bookings to the national appointment register ({@code booking.publication.mode}): {@code fhir}
 * to the register's FHIR endpoint ({@code booking.publication.url}, with OAuth client credentials), {@code in-process}
 * (the default) keeps the documents in the database instead, {@code none} publishes nothing. Products and social
 * services whose codes {@code booking.publication.exclude} lists are never published.
 */
@ApplicationScoped
class PublicationConfiguration {

    @Produces
    @ApplicationScoped
    AppointmentPublisher appointmentPublisher(
            @ConfigProperty(name = "booking.publication.mode", defaultValue = "in-process") String mode,
            @ConfigProperty(name = "booking.publication.url") Optional<URI> url,
            @ConfigProperty(name = "booking.publication.token-url") Optional<URI> tokenUrl,
            @ConfigProperty(name = "booking.publication.client-id") Optional<String> clientId,
            @ConfigProperty(name = "booking.publication.client-secret") Optional<String> clientSecret,
            @ConfigProperty(name = "booking.publication.timeout", defaultValue = "PT10S") Duration timeout,
            @ConfigProperty(name = "booking.publication.recipient", defaultValue = "Kanta") String recipient,
            Instance<KeptAppointmentPublisher> kept,
            ObjectMapper json,
            Clock clock) {
        return switch (mode) {
            case "fhir" ->
                new FhirAppointmentPublisher(
                        new FhirAppointmentPublisher.Settings(
                                url.orElseThrow(() -> new IllegalStateException(
                                        "BOOKING_PUBLICATION_MODE is fhir but BOOKING_PUBLICATION_URL is not set")),
                                new ClientCredentials.Settings(tokenUrl, clientId, clientSecret),
                                timeout,
                                recipient),
                        json,
                        clock);
            case "in-process", "none" -> kept.get();
            default ->
                throw new IllegalStateException(
                        "BOOKING_PUBLICATION_MODE must be fhir, in-process or none, not " + mode);
        };
    }

    @Produces
    @ApplicationScoped
    PublishBookingsUseCase publishBookings(
            EventReaders readers,
            BookingRepository bookings,
            CatalogueRepository catalogue,
            ClientIdentities identities,
            Publications publications,
            AppointmentPublisher publisher,
            AuditLog log,
            Clock clock,
            @ConfigProperty(name = "booking.publication.exclude") Optional<List<String>> excluded,
            @ConfigProperty(name = "booking.publication.lease", defaultValue = "PT5M") Duration lease) {
        return new PublishBookingsService(
                readers,
                bookings,
                catalogue,
                identities,
                publications,
                publisher,
                log,
                Set.copyOf(excluded.orElse(List.of())),
                clock,
                lease);
    }
}
