package nl.vangnet.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/** The accessibility check the journeys use sees a violation when there is one (and the login page has none). */
class AxeBrowserIT extends BrowserTest {

    @Test
    void anImageWithoutATextAlternativeIsAViolation() {
        browser.get(url("/login"));
        Axe.assertNoViolations(browser, "the login page");
        ((JavascriptExecutor) browser).executeScript(
                "const img = document.createElement('img'); img.src = '/favicon.ico'; document.querySelector('main').appendChild(img);");
        assertThatThrownBy(() -> Axe.assertNoViolations(browser, "the login page with an image without alt"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("image-alt");
    }
}
