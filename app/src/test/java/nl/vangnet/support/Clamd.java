package nl.vangnet.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real ClamAV clamd (Debian's clamav-daemon) for the tests, started once per test JVM on a free port and stopped
 * when the JVM ends. Its signature database cannot be downloaded here, so it holds one signature the tests make
 * themselves: the EICAR test file's MD5 ({@code .hdb}). {@link #stop()} and {@link #start()} let a test see what
 * happens when no scanner answers.
 */
public final class Clamd {

    /** The EICAR anti-virus test file: harmless, and found by every virus scanner. */
    public static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private static final String BINARY = "/usr/sbin/clamd";
    private static Clamd instance;

    private final Path directory;
    private final int port;
    private Process process;

    private Clamd(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** The one clamd of this JVM, started on first use. */
    public static synchronized Clamd get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("vangnet-clamd");
                Path db = Files.createDirectory(dir.resolve("db"));
                Files.writeString(db.resolve("eicar.hdb"), md5(EICAR) + ":" + EICAR.length() + ":Eicar-Test-Signature\n");
                int port;
                try (ServerSocket free = new ServerSocket(0)) {
                    port = free.getLocalPort();
                }
                Files.writeString(dir.resolve("clamd.conf"), String.join("\n",
                        "TCPSocket " + port, "TCPAddr 127.0.0.1", "DatabaseDirectory " + db, "Foreground yes",
                        "LogFile " + dir.resolve("clamd.log"), "StreamMaxLength 30M", "MaxFileSize 30M", "SelfCheck 0", ""));
                instance = new Clamd(dir, port);
                instance.start();
                Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "stop-clamd"));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot prepare clamd for the tests", e);
            }
        }
        return instance;
    }

    public int port() {
        return port;
    }

    /** Starts clamd and waits until it answers PING (loading one signature takes well under a second). */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        if (!Files.isExecutable(Path.of(BINARY))) {
            throw new IllegalStateException("No " + BINARY + ": install Debian's clamav-daemon (apt-get install clamav-daemon clamav)");
        }
        try {
            process = new ProcessBuilder(List.of(BINARY, "-c", directory.resolve("clamd.conf").toString()))
                    .redirectErrorStream(true).redirectOutput(directory.resolve("clamd.out").toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start clamd", e);
        }
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("clamd stopped at start; see " + directory.resolve("clamd.out"));
            }
            if (pong()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("clamd did not answer within 60 s; see " + directory.resolve("clamd.out"));
    }

    /** Stops clamd and waits until its port no longer answers. */
    public synchronized void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    private boolean pong() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            socket.setSoTimeout(2_000);
            socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(4), StandardCharsets.US_ASCII).equals("PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
