package nl.vangnet.staff;

import static org.assertj.core.api.Assertions.assertThat;

import nl.vangnet.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The login journey in real headless Chromium. */
class LoginBrowserIT extends BrowserTest {

    @Test
    void aCaseWorkerLogsInWithPasswordAndCodeSeesTheWorkListAndLogsOut() {
        browser.get(url("/login"));
        assertThat(browser.findElement(By.className("demo-banner")).getText()).isEqualTo("demo — fictieve gegevens");
        browser.findElement(By.id("username")).sendKeys("medewerker");
        browser.findElement(By.id("password")).sendKeys(TestLogins.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();

        awaitUrlEnding("/login/code");
        browser.findElement(By.id("code")).sendKeys(TestLogins.nextCode(secondFactor, clock, TestLogins.DEMO_SECRET));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        awaitUrlEnding("/werkvoorraad");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Werkvoorraad");
        assertThat(browser.findElements(By.cssSelector("main table tbody tr"))).isNotEmpty();
        assertThat(browser.findElement(By.className("user-menu")).getText()).contains("Mila de Medewerker");

        browser.findElement(By.cssSelector(".user-menu button[type=submit]")).click();
        awaitUrlContaining("/login?afgemeld");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("U bent afgemeld.");
        browser.get(url("/werkvoorraad"));
        awaitUrlEnding("/login");
    }

    @Test
    void aWrongCodeIsRefused() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("teamleider");
        browser.findElement(By.id("password")).sendKeys(TestLogins.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        String valid = TestLogins.nextCode(secondFactor, clock, TestLogins.DEMO_SECRET);
        browser.findElement(By.id("code")).sendKeys(valid.equals("123456") ? "654321" : "123456");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        awaitUrlEnding("/login/code");
        assertThat(browser.findElement(By.id("foutmeldingen")).getText()).contains("De code is onjuist of verlopen");
        assertThat(browser.findElement(By.id("code")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.get(url("/werkvoorraad"));
        awaitUrlEnding("/login");
    }

    @Test
    void theLoginFormsWorkWithTheKeyboardOnlyAndShowWhereTheFocusIs() {
        browser.get(url("/login"));
        Actions keyboard = new Actions(browser);
        // The first Tab reaches the skip link, which is visible when focused.
        keyboard.sendKeys(Keys.TAB).perform();
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Naar de inhoud");
        assertThat(skip.isDisplayed()).isTrue();
        for (int i = 0; i < 10 && !"username".equals(browser.switchTo().activeElement().getAttribute("id")); i++) {
            keyboard.sendKeys(Keys.TAB).perform();
        }
        WebElement username = browser.switchTo().activeElement();
        assertThat(username.getAttribute("id")).isEqualTo("username");
        assertThat(username.getCssValue("outline-style")).isNotEqualTo("none");
        keyboard.sendKeys("crisisdienst").sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("password");
        keyboard.sendKeys(TestLogins.DEMO_PASSWORD).sendKeys(Keys.ENTER).perform();

        awaitUrlEnding("/login/code");
        // The code field has focus on arrival.
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("code");
        keyboard.sendKeys(TestLogins.nextCode(secondFactor, clock, TestLogins.DEMO_SECRET)).sendKeys(Keys.ENTER).perform();
        awaitUrlEnding("/werkvoorraad");
    }

    @Test
    void everyFieldOfTheLoginPageHasALabel() {
        browser.get(url("/login"));
        for (WebElement input : browser.findElements(By.cssSelector("main input:not([type=hidden])"))) {
            String id = input.getAttribute("id");
            assertThat(browser.findElements(By.cssSelector("label[for='" + id + "']"))).as("label for " + id).hasSize(1);
        }
    }
}
