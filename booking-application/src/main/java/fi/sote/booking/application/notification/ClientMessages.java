package fi.sote.booking.application.notification;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import fi.sote.booking.application.booking.port.in.Confirmation;
import fi.sote.booking.application.notification.Messenger.Text;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingReference;
import fi.sote.booking.domain.notification.MessageChannel;

/**
 * What a message to a client says, in Finnish, Swedish or English (Finnish for any other language): the day and
 * time, how the contact happens or where, the product's guidance and a reference to quote. The subject says only
 * that the message is about an appointment, never which service: a message may be read by others than the client. A
 * text message is shorter still, and names the service only where the product allows it.
 */
final class ClientMessages {

    /** The words of one language. */
    private record Words(
            Locale locale,
            String dateFormat,
            String clockFormat,
            String at,
            String confirmedSubject,
            String confirmed,
            String changedSubject,
            String changed,
            String before,
            String cancelledSubject,
            String cancelled,
            String reminderSubject,
            String reminder,
            String reassignedSubject,
            String reassigned,
            String offeredSubject,
            String offered,
            String heldUntil,
            String professional,
            String time,
            String mode,
            String remote,
            String place,
            String guidance,
            String reference,
            String noReply) {}

    private static final Map<String, Words> WORDS = Map.of(
            "fi",
            new Words(
                    Locale.forLanguageTag("fi"),
                    "EEEE d.M.yyyy",
                    "H.mm",
                    "klo",
                    "Ajanvaraus vahvistettu",
                    "Ajanvarauksesi on vahvistettu.",
                    "Ajanvarauksesi on muuttunut",
                    "Ajanvarauksesi on muuttunut. Uusi aika:",
                    "Aiempi aika",
                    "Ajanvarauksesi on peruttu",
                    "Ajanvarauksesi on peruttu:",
                    "Muistutus ajanvarauksesta",
                    "Muistutus: sinulla on varattu aika.",
                    "Ajanvarauksesi työntekijä on vaihtunut",
                    "Ajanvarauksesi siirtyi toiselle työntekijälle työntekijän poissaolon vuoksi.",
                    "Jonosta vapautui sinulle aika",
                    "Jonosta vapautui sinulle aika. Se on varattu sinulle alustavasti; vahvista se asiointipalvelussa,"
                            + " muuten aika tarjotaan jonossa seuraavalle.",
                    "Vahvista viimeistään",
                    "Työntekijä",
                    "Aika",
                    "Asiointitapa",
                    "työntekijä ottaa sinuun yhteyttä",
                    "Paikka",
                    "Ohje",
                    "Viite",
                    "Tähän viestiin ei voi vastata."),
            "sv",
            new Words(
                    Locale.forLanguageTag("sv"),
                    "EEEE d.M.yyyy",
                    "H.mm",
                    "kl.",
                    "Tidsbokningen är bekräftad",
                    "Din tidsbokning är bekräftad.",
                    "Din tidsbokning har ändrats",
                    "Din tidsbokning har ändrats. Ny tid:",
                    "Tidigare tid",
                    "Din tidsbokning har avbokats",
                    "Din tidsbokning har avbokats:",
                    "Påminnelse om tidsbokning",
                    "Påminnelse: du har en bokad tid.",
                    "Personalen för din tidsbokning har bytts",
                    "Din tidsbokning har flyttats till en annan anställd på grund av en frånvaro.",
                    "En tid har blivit ledig för dig från kön",
                    "En tid har blivit ledig för dig från kön. Den är preliminärt reserverad för dig; bekräfta den i"
                            + " e-tjänsten, annars erbjuds tiden till nästa i kön.",
                    "Bekräfta senast",
                    "Anställd",
                    "Tid",
                    "Kontaktsätt",
                    "personalen kontaktar dig",
                    "Plats",
                    "Anvisningar",
                    "Referens",
                    "Du kan inte svara på det här meddelandet."),
            "en",
            new Words(
                    Locale.ENGLISH,
                    "EEEE d MMMM yyyy",
                    "HH:mm",
                    "at",
                    "Your appointment is confirmed",
                    "Your appointment is confirmed.",
                    "Your appointment has changed",
                    "Your appointment has changed. The new time:",
                    "The earlier time",
                    "Your appointment has been cancelled",
                    "Your appointment has been cancelled:",
                    "Appointment reminder",
                    "A reminder: you have an appointment.",
                    "Your appointment is with another professional",
                    "Your appointment has moved to another professional because of an absence.",
                    "A time has freed up for you from the waitlist",
                    "A time has freed up for you from the waitlist. It is held for you; confirm it in the e-service,"
                            + " or it is offered to the next in line.",
                    "Confirm by",
                    "Professional",
                    "Time",
                    "How",
                    "the professional will contact you",
                    "Place",
                    "Guidance",
                    "Reference",
                    "This message cannot be replied to."));

    private ClientMessages() {}

    /**
     * The confirmation of a booked time.
     *
     * @param service the name of the service in the client's language where a text message may name it, else null
     */
    static Text confirmation(
            MessageChannel channel, String language, Confirmation booking, BookingId id, String service) {
        Words words = words(language);
        if (channel == MessageChannel.SMS) {
            return sms(words, words.confirmedSubject(), start(words, booking), id, service);
        }
        return new Text(
                words.confirmedSubject(), words.confirmed() + "\n\n" + details(words, booking, id) + words.noReply());
    }

    /** A reminder of a booked time, as it now is. */
    static Text reminder(MessageChannel channel, String language, Confirmation booking, BookingId id, String service) {
        Words words = words(language);
        if (channel == MessageChannel.SMS) {
            return sms(words, words.reminderSubject(), start(words, booking), id, service);
        }
        return new Text(
                words.reminderSubject(), words.reminder() + "\n\n" + details(words, booking, id) + words.noReply());
    }

    /** The notice of a time taken over by another professional while the one it was with is absent. */
    static Text reassignment(
            MessageChannel channel, String language, Confirmation booking, BookingId id, String service) {
        Words words = words(language);
        if (channel == MessageChannel.SMS) {
            return sms(words, words.reassignedSubject(), start(words, booking), id, service);
        }
        String professional =
                booking.professional() == null ? "" : words.professional() + ": " + booking.professional() + "\n";
        return new Text(
                words.reassignedSubject(),
                words.reassigned() + "\n\n" + professional + details(words, booking, id) + words.noReply());
    }

    /**
     * The offer of a time freed for a client on the waitlist, held for them until {@code until}: a text message says
     * when the time is and by when to confirm it.
     */
    static Text offer(
            MessageChannel channel,
            String language,
            Confirmation booking,
            ZonedDateTime until,
            BookingId id,
            String service) {
        Words words = words(language);
        String by =
                words.heldUntil() + " " + until.format(DateTimeFormatter.ofPattern(words.dateFormat(), words.locale()))
                        + " " + clock(language, until.toLocalTime());
        if (channel == MessageChannel.SMS) {
            return sms(words, words.offeredSubject(), start(words, booking) + " (" + by + ")", id, service);
        }
        return new Text(
                words.offeredSubject(),
                words.offered() + "\n\n" + by + "\n" + details(words, booking, id) + words.noReply());
    }

    static Text change(
            MessageChannel channel,
            String language,
            Confirmation before,
            Confirmation after,
            BookingId id,
            String service) {
        Words words = words(language);
        if (channel == MessageChannel.SMS) {
            return sms(
                    words,
                    words.changedSubject(),
                    start(words, after) + " (" + words.before().toLowerCase(words.locale()) + " " + start(words, before)
                            + ")",
                    id,
                    service);
        }
        return new Text(
                words.changedSubject(),
                words.changed() + "\n\n" + details(words, after, id) + words.before() + ": " + when(words, before)
                        + "\n\n" + words.noReply());
    }

    static Text cancellation(
            MessageChannel channel, String language, Confirmation booking, BookingId id, String service) {
        Words words = words(language);
        if (channel == MessageChannel.SMS) {
            return sms(words, words.cancelledSubject(), start(words, booking), id, service);
        }
        return new Text(
                words.cancelledSubject(),
                words.cancelled() + "\n\n" + words.time() + ": " + when(words, booking) + "\n" + words.reference()
                        + ": " + reference(id) + "\n\n" + words.noReply());
    }

    /**
     * A text message says no more than it must: what happened, when, and the reference; nothing of the place or the
     * guidance, and the service only when the product allows it ({@code service} not null), since they could tell a
     * reader of the phone more of the client's situation.
     */
    private static Text sms(Words words, String what, String when, BookingId id, String service) {
        return new Text(
                what,
                what + ": " + (service == null ? "" : service + ", ") + when + ". " + words.reference() + " "
                        + reference(id) + ". " + words.noReply());
    }

    static String reference(BookingId id) {
        return BookingReference.of(id);
    }

    /** The day and the time from start to end, in the language (Finnish for any other). */
    static String when(String language, Confirmation booking) {
        return when(words(language), booking);
    }

    /** A time of day, in the language (Finnish for any other). */
    static String clock(String language, LocalTime time) {
        Words words = words(language);
        return words.at() + " " + time.format(DateTimeFormatter.ofPattern(words.clockFormat()));
    }

    private static Words words(String language) {
        return WORDS.getOrDefault(language == null ? "fi" : language, WORDS.get("fi"));
    }

    private static String details(Words words, Confirmation booking, BookingId id) {
        StringBuilder text = new StringBuilder();
        text.append(words.time()).append(": ").append(when(words, booking)).append('\n');
        text.append(words.mode()).append(": ").append(booking.contactMode());
        if (booking.remote()) {
            text.append(" (").append(words.remote()).append(')');
        }
        text.append('\n');
        if (booking.place() != null) {
            text.append(words.place()).append(": ").append(booking.place());
            if (booking.room() != null) {
                text.append(", ").append(booking.room());
            }
            text.append('\n');
        }
        if (booking.guidance() != null && !booking.guidance().isBlank()) {
            text.append(words.guidance())
                    .append(": ")
                    .append(booking.guidance())
                    .append('\n');
        }
        text.append(words.reference()).append(": ").append(reference(id)).append("\n\n");
        return text.toString();
    }

    /** The day and the start time. */
    private static String start(Words words, Confirmation booking) {
        String day = booking.date().format(DateTimeFormatter.ofPattern(words.dateFormat(), words.locale()));
        return day + " " + words.at() + " "
                + booking.startTime().format(DateTimeFormatter.ofPattern(words.clockFormat()));
    }

    private static String when(Words words, Confirmation booking) {
        return start(words, booking) + "–" + booking.endTime().format(DateTimeFormatter.ofPattern(words.clockFormat()));
    }
}
