package fi.sote.booking.adapters;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

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
