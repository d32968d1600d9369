package fi.sote.booking.adapters.out.persistence;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import fi.sote.booking.domain.catalogue.Address;
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.notification.MessageChannel;

/** What the client-record system last sent of a client (migration V8). */
@Entity
@Table(name = "client_record")
@IdClass(ClientRecordEntity.Key.class)
class ClientRecordEntity {

    /** A client is known by their reference within an organisation. */
    record Key(String organisationId, String reference) implements Serializable {}

    @Id
    @Column(name = "organisation_id")
    String organisationId;

    @Id
    String reference;

    String name;

    String phone;

    String street;

    @Column(name = "postal_code")
    String postalCode;

    @Column(name = "post_office")
    String postOffice;

    @Column(name = "non_disclosure")
    boolean nonDisclosure;

    String[] guardians;

    String email;

    @Column(name = "message_channels")
    String[] messageChannels;

    ClientRecord toDomain() {
        return new ClientRecord(
                reference,
                name,
                phone,
                street == null ? null : new Address(street, postalCode, postOffice),
                nonDisclosure,
                Set.of(guardians),
                email,
                messageChannels == null
                        ? null
                        : Arrays.stream(messageChannels)
                                .map(MessageChannel::valueOf)
                                .collect(Collectors.toSet()));
    }
}
