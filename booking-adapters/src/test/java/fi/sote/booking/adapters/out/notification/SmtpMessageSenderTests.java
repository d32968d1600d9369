package fi.sote.booking.adapters.out.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** Which failures of the SMTP server are final: a permanent negative reply, and nothing else. */
class SmtpMessageSenderTests {

    @Test
    void aPermanentNegativeReplyIsFinalAndAnythingElseIsTriedAgain() {
        assertThat(SmtpMessageSender.permanent(new IllegalStateException(
                        "recipient address not accepted: 550 5.1.1 <nobody@example.fi>: no such user")))
                .isTrue();
        assertThat(SmtpMessageSender.permanent(
                        new RuntimeException("send failed", new IOException("553-5.1.3 bad address"))))
                .isTrue();
        assertThat(SmtpMessageSender.permanent(new IllegalStateException("451 4.3.0 try again later")))
                .isFalse();
        assertThat(SmtpMessageSender.permanent(
                        new IllegalStateException("Connection refused: localhost/127.0.0.1:525")))
                .as("a port number is no reply")
                .isFalse();
        assertThat(SmtpMessageSender.permanent(new IllegalStateException((String) null)))
                .isFalse();
    }
}
