package nl.vangnet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.support.Browser;
import nl.vangnet.support.BrowserTest;
import nl.vangnet.support.Cases;
import nl.vangnet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The journey of conditions and follow-up: the worker sets a safety condition, records the handover meeting on
 * 30 November 2026, and with the clock moved records the monitoring contacts on 1 March 2027 (28 February is a
 * Sunday) and 30 November 2027, then closes the dossier, which is kept until 30 November 2047.
 */
@IntegrationTest
class ConditionsAndMonitoringBrowserIT extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired StaffDirectory directory;
    @Autowired JdbcClient jdbc;

    @Test
    void conditionsAndFollowUpToTheTwelveMonthMonitoringContactAndClosing() throws Exception {
        at("2026-11-30");
        Cases.Case c = new Cases(mvc, directory, clock).decided("CONDITIONS_AND_FOLLOW_UP");
        logInAs("medewerker");
        browser.get(url("/dossiers/" + c.dossierId()));
        assertThat(browser.findElement(By.id("trajecten")).getText()).contains("Voorwaarden en vervolg").contains("Voorwaarden opstellen");
        browser.findElement(By.id("naar-vervolg")).click();
        awaitUrlEnding("/vervolg");

        // A condition without its partner is refused at the field, and what was typed stays.
        browser.findElement(By.id("voorwaarde-description")).sendKeys("Vader volgt een agressieregulatietraining");
        browser.findElement(By.id("voorwaarde-forWhom")).sendKeys("vader");
        browser.findElement(By.id("voorwaarde-agreedWith")).sendKeys("vader en moeder");
        submit("voorwaarden");
        assertThat(browser.findElement(By.id("foutmeldingen")).getText()).contains("Vul in welke partner eraan werkt");
        assertThat(browser.findElement(By.id("voorwaarde-description")).getAttribute("value"))
                .isEqualTo("Vader volgt een agressieregulatietraining");
        Browser.screenshot(browser, "condition-refused");
        browser.findElement(By.id("voorwaarde-partner")).sendKeys("Buurtteam Overvecht");
        submit("voorwaarden");
        assertThat(browser.findElement(By.id("voorwaarden")).getText()).contains("agressieregulatietraining");

        open("overdrachtsgesprek");
        browser.findElement(By.id("overdrachtsgesprek-organisation")).sendKeys("Buurtteam Overvecht");
        browser.findElement(By.id("overdrachtsgesprek-contactPerson")).sendKeys("Anna de Vries");
        date("overdrachtsgesprek-heldOn", "2026-11-30");
        submit("overdrachtsgesprek");
        String contacts = browser.findElement(By.id("monitoringscontacten")).getText();
        assertThat(contacts).contains("01-03-2027").contains("30-11-2027");
        Browser.screenshot(browser, "monitoring-planned");

        // Three months later (the contact is due Monday 1 March 2027).
        at("2027-03-01");
        relogin();
        browser.get(url("/dossiers/" + c.dossierId() + "/vervolg"));
        recordContact("2027-03-01");
        assertThat(browser.findElement(By.id("monitoringscontacten")).getText()).contains("Buurtteam, moeder, vader");
        assertThat(browser.findElement(By.id("open-werk")).getText()).contains("de monitoring loopt nog");

        // Twelve months after the handover meeting.
        at("2027-11-30");
        relogin();
        browser.get(url("/dossiers/" + c.dossierId() + "/vervolg"));
        recordContact("2027-11-30");
        assertThat(browser.findElement(By.id("traject-CONDITIONS_AND_FOLLOW_UP")).getText()).contains("Voorwaarden en vervolg — Afgerond");
        // Only the registration notice still keeps the dossier open; done, the dossier can close.
        assertThat(browser.findElement(By.id("open-werk")).getText()).contains("kennisgeving van registratie");
        jdbc.sql("UPDATE dossier_task SET done_at = :t WHERE dossier_id = :d AND done_at IS NULL")
                .param("t", Timestamp.from(clock.instant())).param("d", UUID.fromString(c.dossierId())).update();
        browser.navigate().refresh();
        browser.findElement(By.id("sluiten-reason")).sendKeys("Voorwaarden nagekomen, veiligheid hersteld; monitoring afgerond.");
        submit("sluiten");
        Browser.screenshot(browser, "dossier-closed");
        browser.get(url("/dossiers/" + c.dossierId()));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Gesloten");
        assertThat(browser.findElement(By.id("dossier-bewaren")).getText()).isEqualTo("30-11-2047");
    }

    private void recordContact(String heldOn) {
        open("monitoring");
        date("monitoring-heldOn", heldOn);
        browser.findElement(By.id("monitoring-spokenWith")).sendKeys("Buurtteam, moeder, vader en Sem");
        browser.findElement(By.id("monitoring-partnerSpoken-ja")).click();
        for (WebElement kept : browser.findElements(By.cssSelector("input[type=radio][id^='monitoring-kept_'][id$='-ja']"))) {
            kept.click();
        }
        for (WebElement improved : browser.findElements(By.cssSelector("input[type=radio][id^='monitoring-improved_'][id$='-ja']"))) {
            improved.click();
        }
        Browser.screenshot(browser, "monitoring-contact-" + heldOn);
        submit("monitoring");
        assertThat(browser.findElements(By.id("foutmeldingen"))).as(() -> browser.findElement(By.tagName("main")).getText()).isEmpty();
    }

    private void at(String date) {
        clock.set(ZonedDateTime.of(LocalDate.parse(date).atTime(10, 0), DutchTime.ZONE).toInstant());
    }

    /** Moving the clock months on ends the session (12 hours at most): log in again. */
    private void relogin() {
        browser.manage().deleteAllCookies();
        logInAs("medewerker");
    }

    private void open(String form) {
        WebElement details = browser.findElement(By.cssSelector("form[action$='/vervolg/" + form + "']")).findElement(By.xpath(".."));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
    }

    private void date(String id, String value) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }

    private void submit(String action) {
        submitAndAwaitNewPage(browser.findElement(By.cssSelector("form[action$='/" + action + "'] button[type=submit]")));
    }
}
