package fi.sote.booking.domain.notification;

import java.util.Optional;
import java.util.regex.Pattern;

import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * How a member of staff (a professional, a supervisor) is reached with the service's messages: a first contact booked
 * for them, a client taken over from an absent colleague, a work-safety alert of their team. A supervisor names a
 * second contact, who is alerted when the supervisor has not acknowledged a work-safety alert in time.
 *
 * @param subject       the subject of their token, as the catalogue's resources and teams name them
 * @param email         a work e-mail address, or null
 * @param phone         a work phone number for text messages, or null
 * @param language      the language of their messages: fi, sv or en
 * @param secondContact the subject of whoever is alerted when they do not acknowledge an alert in time, or null
 */
public record StaffContact(
        OrganisationId organisation,
        String subject,
        String email,
        String phone,
        String language,
        String secondContact) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,38}");
    private static final Pattern LANGUAGE = Pattern.compile("fi|sv|en");

    public StaffContact {
        Invariants.required("organisation", organisation);
        subject = Invariants.text("subject", subject, 255);
        email = Invariants.optionalText("email", email, 254);
        if (email != null) {
            Invariants.matching("email", email, EMAIL, "is not an e-mail address");
        }
        phone = Invariants.optionalText("phone", phone, 40);
        if (phone != null) {
            Invariants.matching("phone", phone, PHONE, "is not a phone number");
        }
        language = language == null || language.isBlank() ? "fi" : language;
        Invariants.matching("language", language, LANGUAGE, "must be fi, sv or en");
        secondContact = Invariants.optionalText("secondContact", secondContact, 255);
        if (subject.equals(secondContact)) {
            throw new InvalidValueException("secondContact", "must be someone else");
        }
    }

    /** Where a message through the channel goes: the address or number, if there is one. */
    public Optional<String> reachableBy(MessageChannel channel) {
        return Optional.ofNullable(channel == MessageChannel.EMAIL ? email : phone);
    }
}
