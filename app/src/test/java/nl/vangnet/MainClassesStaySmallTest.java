package nl.vangnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A class has one job: no main source file reaches 400 lines (a class that does grows a second job; split it by
 * capability, with its rules apart from its SQL).
 */
class MainClassesStaySmallTest {

    static final int MAX_LINES = 400;

    @Test
    void noMainSourceFileReaches400Lines() throws IOException {
        Map<String, Long> tooLong = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                long lines = lines(p);
                if (lines >= MAX_LINES) {
                    tooLong.put(p.toString(), lines);
                }
            });
        }
        assertThat(tooLong).as("main source files of %d lines or more", MAX_LINES).isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
