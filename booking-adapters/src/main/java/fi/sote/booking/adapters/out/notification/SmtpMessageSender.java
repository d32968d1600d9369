package fi.sote.booking.adapters.out.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

import fi.sote.booking.application.notification.port.out.MessageSender;
import fi.sote.booking.domain.notification.MessageChannel;

/**
 * Sends e-mail messages through the configured SMTP server ({@code QUARKUS_MAILER_HOST}, {@code _PORT},
 * {@code _FROM}, credentials and TLS as the Quarkus mailer takes them), as plain text. A refusal with a permanent
 * SMTP reply (5xx: no such mailbox, say) is final; anything else is tried again later.
 */
@ApplicationScoped
@Typed(SmtpMessageSender.class)
public class SmtpMessageSender implements MessageSender {

    private static final Logger LOG = Logger.getLogger(SmtpMessageSender.class);

    /** A permanent negative SMTP reply, as the server's answer quotes it ("550 5.1.1 no such user"). */
    private static final Pattern PERMANENT = Pattern.compile("(?:^|\\s)5[0-5][0-9][ -]");

    private final Mailer mailer;

    SmtpMessageSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public Result send(Outgoing message) {
        if (message.channel() != MessageChannel.EMAIL) {
            return Result.REFUSED;
        }
        try {
            mailer.send(Mail.withText(message.address(), message.subject(), message.body()));
            return Result.SENT;
        } catch (RuntimeException e) {
            Result result = permanent(e) ? Result.REFUSED : Result.FAILED;
            LOG.warnf(
                    "The %s message (booking %s) was not sent by e-mail (%s): %s",
                    message.kind(),
                    message.booking(),
                    result == Result.REFUSED ? "refused for good" : "to be tried again",
                    e.getMessage());
            return result;
        }
    }

    /** Whether the failure quotes a permanent negative reply of the SMTP server. */
    static boolean permanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null) {
                Matcher reply = PERMANENT.matcher(cause.getMessage());
                if (reply.find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
