package fi.sote.booking.domain.client;

import java.util.Optional;
import java.util.Set;

import fi.sote.booking.domain.catalogue.Address;
import fi.sote.booking.domain.notification.MessageChannel;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;

/**
 * What the client-record system tells the booking service about a client: how to reach them, whether
 * a non-disclosure for personal safety (turvakielto) hides their contact details and address, and who
 * has custody of them (the references of their guardians, who may book and see their times).
 *
 * @param reference       the client's reference, as bookings carry it
 * @param phone           a phone number, or null
 * @param address         a postal address, or null
 * @param nonDisclosure   turvakielto: contact details and address only for those who must act on them
 * @param guardians       the references of those with custody of the client (empty for an adult)
 * @param email           an e-mail address, or null
 * @param messageChannels the channels the client may be sent messages through; null: every channel with contact
 *                        details, or none under turvakielto
 */
public record ClientRecord(
        String reference,
        String name,
        String phone,
        Address address,
        boolean nonDisclosure,
        Set<String> guardians,
        String email,
        Set<MessageChannel> messageChannels) {

    public ClientRecord {
        reference = Invariants.text("reference", reference, 200);
        name = Invariants.optionalText("name", name, 200);
        phone = Invariants.optionalText("phone", phone, 40);
        email = Invariants.optionalText("email", email, 254);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidValueException("email", "is not an e-mail address");
        }
        guardians = guardians == null ? Set.of() : Set.copyOf(guardians);
        guardians.forEach(guardian -> Invariants.text("guardians", guardian, 200));
        if (guardians.contains(reference)) {
            throw new InvalidValueException("guardians", "a client is not their own guardian");
        }
        messageChannels = messageChannels == null ? null : Set.copyOf(messageChannels);
    }

    /** A record without an e-mail address or channels of its own. */
    public ClientRecord(
            String reference,
            String name,
            String phone,
            Address address,
            boolean nonDisclosure,
            Set<String> guardians) {
        this(reference, name, phone, address, nonDisclosure, guardians, null, null);
    }

    /** Whether the person with this reference has custody of the client. */
    public boolean inCustodyOf(String guardian) {
        return guardian != null && guardians.contains(guardian);
    }

    /**
     * Where a message to the client may go through the channel: the address or number the record holds, if the
     * record allows the channel (under turvakielto only a channel it names).
     */
    public Optional<String> reachableBy(MessageChannel channel) {
        boolean allowed = messageChannels == null ? !nonDisclosure : messageChannels.contains(channel);
        String address = channel == MessageChannel.EMAIL ? email : phone;
        return allowed ? Optional.ofNullable(address) : Optional.empty();
    }
}
