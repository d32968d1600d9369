package fi.sote.booking.application.publication.port.out;

import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.client.PersonalIdentityCode;

/**
 * The national appointment register (Kanta's scheduling service, behind OmaKanta): a booking's state published as an
 * appointment document, created the first time and updated after, each publication on the version the register
 * gave the one before.
 */
public interface AppointmentPublisher {

    /**
     * A booking to publish, with what it names.
     *
     * @param mode the booking's contact mode, or null when the catalogue no longer has it
     * @param clientCode the client's personal identity code when the booking was made under one, else null
     * @param remoteId the register's id of the booking's document, or null when it was never published
     * @param remoteVersion the version of that document the register gave last (for If-Match), or null
     */
    record Document(
            Booking booking,
            BookableProduct product,
            SocialService service,
            ContactMode mode,
            PersonalIdentityCode clientCode,
            String remoteId,
            String remoteVersion) {}

    /** What came of a publication. */
    sealed interface Answer {

        /** The register took it: the document's id and version there. */
        record Accepted(String remoteId, String remoteVersion) implements Answer {}

        /** Not taken this time (unreachable, busy, or the version it holds moved on): to be tried again. */
        record Retry(String error) implements Answer {}

        /** Refused for good: trying the same document again would not help. */
        record Refused(int status, String error) implements Answer {}
    }

    Answer publish(Document document);

    /**
     * Whom a publication discloses the client's data to, as the disclosure log names them; null where nothing leaves
     * the service (the in-process default keeps the documents instead).
     */
    String recipient();
}
