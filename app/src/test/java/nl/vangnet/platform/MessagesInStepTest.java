package nl.vangnet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message bundles stay in step (after spring-petclinic's I18nPropertiesSyncTest): the default bundle is the Dutch
 * one, English has every key Dutch has and no other, no text is empty, and every fixed key a template names exists.
 */
class MessagesInStepTest {

    @Test
    void theDefaultBundleIsTheDutchOne() throws IOException {
        assertThat(load("messages.properties")).isEqualTo(load("messages_nl.properties"));
    }

    @Test
    void englishHasEveryDutchKeyAndNoOther() throws IOException {
        assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("messages_nl.properties").stringPropertyNames()));
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : Set.of("messages_nl.properties", "messages_en.properties")) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames()).as(bundle).allSatisfy(k -> assertThat(p.getProperty(k)).as(k).isNotBlank());
        }
    }

    @Test
    void everyFixedKeyATemplateNamesExists() throws IOException {
        Properties nl = load("messages_nl.properties");
        Pattern key = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.-]*)(\\(|\\})");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    if (!nl.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** A key written twice silently keeps only its last text (two changes merged side by side do that). */
    @Test
    void noBundleHasAKeyTwice() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_nl.properties", "messages_en.properties")) {
            Map<String, Long> keys = Files.readAllLines(Path.of("src/main/resources", bundle)).stream()
                    .filter(line -> line.matches("^[^#!\\s][^=:]*[=:].*"))
                    .map(line -> line.substring(0, line.indexOf(line.contains("=") ? '=' : ':')).strip())
                    .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
            assertThat(keys.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                    .as("keys written twice in %s", bundle).isEmpty();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesInStepTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
