package nl.vangnet.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
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

/** Issue 11 §4 in the browser: the teamleider assigns an unassigned dossier; the FG finds a file and who looked at it. */
class OverviewsBrowserIT extends BrowserTest {

    @Autowired MockMvc mvc;

    @Test
    void theTeamleiderAssignsAnUnassignedDossierFromTheCaseload() throws Exception {
        // The secretariaat registers a report: its new dossier is nobody's yet.
        String surname = TestData.uniqueSurname("Toewijzing");
        String report = register("demo-secretariaat", surname);
        String reference = JsonPath.read(report, "$.dossierReference");

        logInAs("teamleider");
        browser.findElement(By.linkText("Team")).click();
        awaitUrlEnding("/team");
        WebElement row = browser.findElement(By.xpath("//table[@id='niet-toegewezen']//tr[td/a[text()='" + reference + "']]"));
        assertThat(row.getText()).contains(surname, "Utrecht", "Kindermishandeling", "Niet toegewezen");
        Browser.screenshot(browser, "team-caseload");
        Axe.assertNoViolations(browser, "team-caseload");
        new Select(row.findElement(By.tagName("select"))).selectByVisibleText("Mila de Medewerker");
        submitAndAwaitNewPage(row.findElement(By.cssSelector("button[type=submit]")));
        awaitUrlEnding("/team");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Het dossier is toegewezen.");
        assertThat(browser.findElements(By.xpath("//table[@id='niet-toegewezen']//a[text()='" + reference + "']"))).isEmpty();
        // The dossier now carries the worker in the team's work list.
        browser.get(url("/werkvoorraad?team=true"));
        assertThat(browser.findElement(By.xpath("//tr[td[text()='" + reference + "']]")).getText()).contains(surname, "Mila de Medewerker");
    }

    @Test
    void theFgFindsADossierByReferenceAndReadsWhoLookedAtThisPersonsFile() throws Exception {
        String surname = TestData.uniqueSurname("Inzage");
        String report = register("demo-medewerker", surname);
        String reference = JsonPath.read(report, "$.dossierReference");
        String dossierId = JsonPath.read(report, "$.dossierId");
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/dossiers/" + dossierId).header("Authorization", "Bearer demo-medewerker"));

        logInAs("fg");
        browser.findElement(By.linkText("Zoeken")).click();
        browser.findElement(By.id("reference")).sendKeys(reference);
        submitAndAwaitNewPage(browser.findElement(By.cssSelector("form[action$='/zoeken'] button[type=submit]")));
        awaitUrlContaining("/toegangslog?dossier=" + reference);
        String log = browser.findElement(By.id("toegangslog")).getText();
        assertThat(log).contains("Mila de Medewerker", "Inzien", "Toegestaan", reference, "Sem " + surname);
        Browser.screenshot(browser, "access-log-of-a-dossier");
        Axe.assertNoViolations(browser, "access-log-of-a-dossier");

        // The person, by name and date of birth on the radar, and who looked at their file.
        browser.findElement(By.linkText("Zoeken")).click();
        browser.findElement(By.id("name")).sendKeys("Sem " + surname);
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("dateOfBirth")), "2017-03-01");
        submitAndAwaitNewPage(browser.findElement(By.cssSelector("form[action$='/zoeken/personen'] button[type=submit]")));
        List<WebElement> links = browser.findElements(By.cssSelector("#radar-resultaten a.radar-clientoverzicht"));
        assertThat(links).isNotEmpty();
        links.getFirst().click();
        awaitUrlContaining("/toegangslog/personen/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Wie keek in het dossier van deze persoon");
        assertThat(browser.findElement(By.id("clientoverzicht")).getText()).contains("Mila de Medewerker", reference);
        Browser.screenshot(browser, "who-looked-at-this-persons-file");
        Axe.assertNoViolations(browser, "who-looked-at-this-persons-file");
    }

    private String register(String token, String surname) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(TestData.exampleReport(TestData.randomBsn(), surname)))
                .andReturn().getResponse().getContentAsString();
    }
}
