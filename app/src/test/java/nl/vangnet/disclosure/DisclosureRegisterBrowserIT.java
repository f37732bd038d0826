package nl.vangnet.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.support.Axe;
import nl.vangnet.support.Browser;
import nl.vangnet.support.BrowserTest;
import nl.vangnet.support.Cases;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A worker registers a disclosure on the dossier's page (refused without a ground, with what was typed kept); the FG
 * opens the register from the navigation, filters it and sees the disclosure.
 */
class DisclosureRegisterBrowserIT extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired StaffDirectory directory;

    @Test
    void theWorkerRegistersADisclosureAndTheFgFindsItInTheRegister() throws Exception {
        Cases cases = new Cases(mvc, directory, clock);
        String report = cases.post("/api/v1/reports", "demo-medewerker",
                TestData.exampleReport(TestData.randomBsn(), TestData.uniqueSurname("Register")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String dossier = JsonPath.read(report, "$.dossierId");
        String recipient = "Wijkteam " + UUID.randomUUID().toString().substring(0, 8);

        logInAs("medewerker");
        browser.get(url("/dossiers/" + dossier));
        browser.findElement(By.id("naar-verstrekkingen")).click();
        awaitUrlEnding("/verstrekkingen");
        browser.findElement(By.id("recipientOrganisation")).sendKeys(recipient);
        browser.findElement(By.id("recipientPerson")).sendKeys("Wijkagent R. Bakker");
        browser.findElements(By.cssSelector("#personIds input[type=checkbox]")).getFirst().click();
        browser.findElement(By.id("gegeven-NAME")).click();
        browser.findElement(By.id("gegeven-ADDRESS")).click();
        submitAndAwaitNewPage(browser.findElement(By.cssSelector(".followup-form button[type=submit]")));
        // Without a ground nothing is registered; what was typed stays.
        assertThat(browser.findElement(By.id("foutmeldingen")).getText()).contains("Zonder wettelijke grondslag");
        assertThat(browser.findElement(By.id("recipientOrganisation")).getAttribute("value")).isEqualTo(recipient);
        assertThat(browser.findElement(By.id("gegeven-ADDRESS")).isSelected()).isTrue();
        assertThat(browser.findElements(By.id("verstrekkingen"))).isEmpty();
        Axe.assertNoViolations(browser, "the dossier's disclosures, refused without a ground");
        new Select(browser.findElement(By.id("legalGround"))).selectByValue("PREVENT_SERIOUS_HARM");
        submitAndAwaitNewPage(browser.findElement(By.cssSelector(".followup-form button[type=submit]")));
        assertThat(browser.findElement(By.id("opgeslagen")).getText()).contains("geregistreerd");
        assertThat(browser.findElement(By.id("verstrekkingen")).getText()).contains(recipient)
                .contains("Voorkomen van ernstig nadeel");

        browser.manage().deleteAllCookies();
        logInAs("fg");
        browser.findElement(By.id("nav-verstrekkingen")).click();
        awaitUrlEnding("/verstrekkingen");
        Axe.assertNoViolations(browser, "the register of disclosures");
        browser.findElement(By.id("recipient")).sendKeys(recipient.toLowerCase());
        new Select(browser.findElement(By.id("legalGround"))).selectByValue("PREVENT_SERIOUS_HARM");
        submitAndAwaitNewPage(browser.findElement(By.cssSelector("#verstrekkingen-filter button[type=submit]")));
        assertThat(browser.findElements(By.cssSelector("#register tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.id("register")).getText()).contains(recipient).contains("Wijkagent R. Bakker")
                .contains("Naam").contains("Adres").contains("VT-");
        Axe.assertNoViolations(browser, "the register of disclosures, filtered");
        Browser.screenshot(browser, "disclosure-register");
        // Another ground: not this disclosure.
        new Select(browser.findElement(By.id("legalGround"))).selectByValue("CONSENT");
        submitAndAwaitNewPage(browser.findElement(By.cssSelector("#verstrekkingen-filter button[type=submit]")));
        assertThat(browser.findElements(By.id("register"))).isEmpty();
        assertThat(browser.findElement(By.id("geen-verstrekkingen")).isDisplayed()).isTrue();
    }
}
