package fi.sote.booking.application.publication.port.out;

import java.time.Instant;
import java.util.Optional;

import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.shared.OrganisationId;

/** What has been published of each booking: its document's id and version in the register, and what was refused. */
public interface Publications {

    /**
     * A booking's publication.
     *
     * @param version the booking's version last published
     * @param remoteId the document's id in the register
     * @param remoteVersion the document's version there
     */
    record Published(long version, String remoteId, String remoteVersion) {}

    Optional<Published> of(OrganisationId organisation, BookingId booking);

    void published(OrganisationId organisation, BookingId booking, Published published, Instant at);

    /** The register refused the booking's version for good, with why. */
    void refused(OrganisationId organisation, BookingId booking, long version, String error, Instant at);
}
