package nl.vangnet.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * ClamAV's clamd over its TCP socket, with the INSTREAM protocol: the bytes are sent in chunks, clamd answers
 * {@code stream: OK} or {@code stream: <signature> FOUND}. Anything else (no answer, a refused connection, a time-out,
 * an ERROR answer such as a stream over clamd's StreamMaxLength) is {@link Unavailable}: the caller stores nothing.
 */
@Component
public class VirusScanner {

    private static final int CHUNK = 64 * 1024;

    /** The scan's outcome: clean, or the name of the signature that was found. */
    public record Verdict(boolean clean, String signature) {
    }

    /** clamd did not answer, or did not scan. */
    public static class Unavailable extends Exception {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final String host;
    private final int port;
    private final Duration timeout;

    VirusScanner(@Value("${vangnet.virus-scanner.host:localhost}") String host,
            @Value("${vangnet.virus-scanner.port:3310}") int port,
            @Value("${vangnet.virus-scanner.timeout:PT60S}") Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    public Verdict scan(byte[] content) throws Unavailable {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) Math.min(timeout.toMillis(), 5_000));
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int offset = 0; offset < content.length; offset += CHUNK) {
                int length = Math.min(CHUNK, content.length - offset);
                out.write(ByteBuffer.allocate(4).putInt(length).array());
                out.write(content, offset, length);
            }
            out.write(new byte[4]);
            out.flush();
            String reply = readReply(socket.getInputStream());
            if (reply.endsWith(" FOUND")) {
                String signature = reply.substring(reply.indexOf(':') + 1, reply.length() - " FOUND".length()).strip();
                return new Verdict(false, signature);
            }
            if (reply.equals("stream: OK")) {
                return new Verdict(true, null);
            }
            throw new Unavailable("clamd did not scan: " + reply, null);
        } catch (IOException e) {
            throw new Unavailable("clamd at " + host + ":" + port + " did not answer", e);
        }
    }

    private static String readReply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        for (int b = in.read(); b > 0; b = in.read()) {
            if (reply.size() < 1024) {
                reply.write(b);
            }
        }
        return reply.toString(StandardCharsets.US_ASCII).strip();
    }
}
