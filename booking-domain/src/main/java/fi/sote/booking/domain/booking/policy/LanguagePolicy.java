package fi.sote.booking.domain.booking.policy;

import java.util.TreeSet;

import fi.sote.booking.domain.catalogue.ResourceKind;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * A client is booked with a professional who speaks the language the booking states for them (the Language Act gives
 * the client the right to be served in Finnish or Swedish). The booker may still book another professional, saying
 * so with {@code allowLanguageMismatch}, and the booking keeps that they did. A client booking in self-service chooses
 * the professional themselves; a room speaks no language.
 */
public final class LanguagePolicy {

    private LanguagePolicy() {}

    public static Verdict professionalSpeaksTheClientsLanguage(BookingAttempt attempt) {
        var resource = attempt.resource();
        return attempt.clientLanguage() == null
                        || attempt.overridingLanguage()
                        || attempt.throughSelfService()
                        || resource.kind() != ResourceKind.PROFESSIONAL
                        || resource.languages().contains(attempt.clientLanguage())
                ? Verdict.ALLOWED
                : Verdict.rejected(
                        RejectionReason.LANGUAGE_MISMATCH,
                        "clientLanguage",
                        resource.name() + " speaks " + String.join(", ", new TreeSet<>(resource.languages()))
                                + ", not " + attempt.clientLanguage()
                                + ": book a professional who does, or send allowLanguageMismatch: true to book anyway");
    }
}
