package nl.vangnet.support;

import java.time.Duration;
import nl.vangnet.staff.SecondFactor;
import nl.vangnet.staff.TestLogins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser journey: one headless Chromium per test class, a fresh session per test, helpers to log in and wait. */
@IntegrationTest
public abstract class BrowserTest {

    protected static ChromeDriver browser;

    @LocalServerPort protected int port;
    @Autowired protected SecondFactor secondFactor;
    @Autowired protected MutableClock clock;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void freshSession() {
        browser.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Clicks a button that posts a form and waits until the answer has replaced this page: after a post that returns
     * to the same address, waiting for the URL alone would go on with the old page.
     */
    protected void submitAndAwaitNewPage(WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        button.click();
        // Chromium may answer a question about the old page, while it is being replaced, with "Node ... does not belong to
        // the document" instead of a stale element: that also means it is gone.
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage("the answer to the form to replace the page")
                .until(b -> {
                    try {
                        return ExpectedConditions.stalenessOf(page).apply(b);
                    } catch (WebDriverException e) {
                        return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
                    }
                });
    }

    protected void awaitUrlEnding(String end) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(() -> "URL ending " + end + ", was " + browser.getCurrentUrl())
                .until(b -> b.getCurrentUrl().endsWith(end));
    }

    protected void awaitUrlContaining(String part) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(() -> "URL containing " + part + ", was " + browser.getCurrentUrl())
                .until(b -> b.getCurrentUrl().contains(part));
    }

    /** Logs in as a demo user with password and a fresh authenticator code, ending on the work list. */
    protected void logInAs(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestLogins.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitUrlEnding("/login/code");
        browser.findElement(By.id("code")).sendKeys(TestLogins.nextCode(secondFactor, clock, TestLogins.DEMO_SECRET));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitUrlEnding("/werkvoorraad");
    }
}
