package nl.vangnet.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import nl.vangnet.support.Axe;
import nl.vangnet.support.Browser;
import nl.vangnet.support.BrowserTest;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Correcting a person and seeing the history: the case worker opens a person from the dossier page, is refused without
 * a reason (what was typed is kept), corrects the date of birth and role with a reason, and reads who changed what,
 * when and why; then takes a wrongly added person out of the dossier.
 */
class CorrectingAPersonBrowserIT extends BrowserTest {

    @Autowired MockMvc mvc;

    @Test
    void correctingAPersonAndSeeingTheHistory() throws Exception {
        String surname = TestData.uniqueSurname("Browsercorrectie");
        String report = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").header("Authorization", "Bearer demo-medewerker")
                        .contentType(MediaType.APPLICATION_JSON).content(TestData.exampleReport(TestData.randomBsn(), surname)))
                .andReturn().getResponse().getContentAsString();
        String dossierId = JsonPath.read(report, "$.dossierId");

        logInAs("medewerker");
        browser.get(url("/dossiers/" + dossierId));
        browser.findElement(By.cssSelector("a[aria-label='Piet " + surname + ": Wijzigen en geschiedenis']")).click();
        awaitUrlContaining("/dossiers/" + dossierId + "/personen/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Piet " + surname);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Nog niets gewijzigd.");

        browser.executeScript("arguments[0].value = '1985-06-21'", browser.findElement(By.id("dateOfBirth")));
        new Select(browser.findElement(By.id("role"))).selectByValue("PARENT_OR_CAREGIVER");
        submitAndAwaitNewPage(browser.findElement(By.cssSelector("#persoon-form button[type=submit]")));
        assertThat(browser.findElement(By.id("foutmeldingen")).getText()).contains("Geef de reden van de wijziging.");
        assertThat(new Select(browser.findElement(By.id("role"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("PARENT_OR_CAREGIVER");

        browser.findElement(By.id("reason")).sendKeys("De moeder gaf de juiste geboortedatum; hij is de vader.");
        submitAndAwaitNewPage(browser.findElement(By.cssSelector("#persoon-form button[type=submit]")));
        assertThat(browser.findElement(By.id("opgeslagen")).getText()).contains("De correctie is opgeslagen");
        String history = browser.findElement(By.id("geschiedenis")).getText();
        Browser.screenshot(browser, "person-history");
        Axe.assertNoViolations(browser, "person-history");
        assertThat(history).contains("Geboortedatum").contains("1985-06-12").contains("1985-06-21")
                .contains("Rol").contains("ALLEGED_PERPETRATOR").contains("PARENT_OR_CAREGIVER")
                .contains("De moeder gaf de juiste geboortedatum; hij is de vader.");

        // The person is taken out again, with a reason; the dossier keeps the child.
        browser.findElement(By.id("removalReason")).sendKeys("Ten onrechte toegevoegd voor de test.");
        submitAndAwaitNewPage(browser.findElement(By.cssSelector("#uit-dossier-form button[type=submit]")));
        awaitUrlEnding("/dossiers/" + dossierId);
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Piet " + surname).contains("Sem " + surname);
    }
}
