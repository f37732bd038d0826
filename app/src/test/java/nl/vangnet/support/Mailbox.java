package nl.vangnet.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in this test JVM, started once on a free port, that the shared test context sends its
 * mail to ({@code spring.mail.host}/{@code port}, see {@link TestClockConfiguration}). Tests read what arrived for an
 * address of their own. {@link #stop()} and {@link #start()} let a test see what happens when no mail server answers.
 */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/informatieverzoek/[A-Za-z0-9_-]{43})");
    private static Mailbox instance;

    private final int port;
    private GreenMail server;

    private Mailbox(int port) {
        this.port = port;
    }

    /** The one mail server of this JVM, started on first use. */
    public static synchronized Mailbox get() {
        if (instance == null) {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            instance = new Mailbox(port);
            instance.start();
        }
        return instance;
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
            server.start();
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The messages received for this address, oldest first. */
    public synchronized List<MimeMessage> to(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The decoded text of a message. */
    public static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path of the professional's page in the latest mail to this address ({@code /informatieverzoek/<token>}). */
    public String latestLinkPath(String address) {
        List<MimeMessage> messages = to(address);
        if (messages.isEmpty()) {
            throw new AssertionError("No mail arrived for " + address);
        }
        Matcher m = LINK.matcher(text(messages.getLast()));
        if (!m.find()) {
            throw new AssertionError("No link in the mail to " + address);
        }
        return m.group(1);
    }
}
