package nl.vangnet.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the accessibility engine, bundled in Deque's axe-core jar, nothing downloaded) on the page the browser
 * shows, for the WCAG 2.1 A and AA rules, and fails on any violation, naming the rule and the elements.
 */
public final class Axe {

    private static final String SCRIPT = load();

    private Axe() {
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No WCAG 2.1 A/AA violation on the page as it is now (its name says which page, in the failure). */
    @SuppressWarnings("unchecked")
    public static void assertNoViolations(WebDriver browser, String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // A page with many rows (the team's work list after the whole suite) takes axe more than Selenium's default
        // 30 seconds on a loaded machine; every rule still runs on the whole page.
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        js.executeScript(SCRIPT);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                                           nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))
                   .catch(e => done([{id: 'axe-error', impact: 'error', help: String(e), nodes: []}]));""");
        List<String> violations = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            violations.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("nodes"));
        }
        assertThat(violations).as("axe violations on %s", page).isEmpty();
    }
}
