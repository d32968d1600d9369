package fi.sote.booking.adapters;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail) on a free loopback port for the Quarkus tests, which send their clients' e-mail
 * messages to it through the service's SMTP adapter; the tests read what it received.
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;

    /** The server the tests' messages reach. */
    public static GreenMail received() {
        return server;
    }

    /**
     * How long a test waits for a message: a send through the Quarkus mailer to this server now and then stalls for
     * about 15 s before it goes through (seen before the messages to staff came, not yet explained).
     */
    private static final long PATIENCE_SECONDS = 40;

    /** The messages to the address, once there are {@code count} (within 40 s); fewer if no more came by then. */
    public static List<MimeMessage> mailTo(String address, int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        List<MimeMessage> found;
        do {
            found = Arrays.stream(server.getReceivedMessages())
                    .filter(message -> to(message).equals(address))
                    .toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < until);
        return found;
    }

    /** The first message to the address with the subject, once it has come (within 40 s). */
    public static MimeMessage mailTo(String address, String subject) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        do {
            for (MimeMessage message : mailTo(address, 0)) {
                if (subject.equals(message.getSubject())) {
                    return message;
                }
            }
            Thread.sleep(50);
        } while (System.nanoTime() < until);
        throw new AssertionError("No message \"" + subject + "\" to " + address);
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the SMTP server", e);
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of(
                "booking.notifications.email", "smtp",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.from", "ajanvaraus@kymenlaakso.example.fi");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
