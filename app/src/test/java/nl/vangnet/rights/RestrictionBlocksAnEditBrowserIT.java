package nl.vangnet.rights;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.support.Axe;
import nl.vangnet.support.Browser;
import nl.vangnet.support.BrowserTest;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A restriction blocking an edit (issue 13 §3): the FG grants a parent's restriction request on the request's page;
 * the worker sees the child marked on the person page, and an edit of the child is refused with the Dutch reason at
 * the form, what was typed kept; the FG lifts the restriction with a reason, and the edit goes through.
 */
class RestrictionBlocksAnEditBrowserIT extends BrowserTest {

    @Autowired MockMvc mvc;

    @Test
    void aRestrictionGrantedByTheFgBlocksTheWorkersEditUntilItIsLifted() throws Exception {
        String surname = TestData.uniqueSurname("Beperkingreis");
        String report = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").header("Authorization", "Bearer demo-medewerker")
                        .contentType(MediaType.APPLICATION_JSON).content(TestData.exampleReport(TestData.randomBsn(), surname)))
                .andReturn().getResponse().getContentAsString();
        String dossierId = JsonPath.read(report, "$.dossierId");
        String child = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'CHILD')].personId").getFirst();
        String request = JsonPath.read(mvc.perform(MockMvcRequestBuilders.post("/api/v1/rights-requests")
                        .header("Authorization", "Bearer demo-medewerker").contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"RESTRICTION","personId":"%s","dossierId":"%s","requester":"PARENT_WITH_AUTHORITY",
                                 "requesterName":"M. Ouder","identityCheck":"ID_DOCUMENT_SHOWN","idDocumentType":"PASSPORT",
                                 "receivedOn":"%s","text":"De geboortedatum van mijn zoon klopt niet; verwerk niets tot dat is uitgezocht."}"""
                                .formatted(child, dossierId, DutchTime.today(clock))))
                .andReturn().getResponse().getContentAsString(), "$.id");

        logInAs("fg");
        browser.get(url("/rechten/" + request));
        new Select(browser.findElement(By.id("outcome"))).selectByValue("GRANTED");
        submitAndAwait(By.id("beslissen"), By.id("beperking"));
        assertThat(browser.findElement(By.id("beperking")).getText()).contains("De verwerking is beperkt sinds");
        assertThat(browser.findElements(By.id("opheffen-form"))).hasSize(1);

        browser.manage().deleteAllCookies();
        logInAs("medewerker");
        browser.get(url("/dossiers/" + dossierId + "/personen/" + child));
        assertThat(browser.findElement(By.id("verwerking-beperkt")).getText()).contains("Verwerking beperkt (AVG art. 18)");
        WebElement given = browser.findElement(By.id("givenNames"));
        given.clear();
        given.sendKeys("Semmie");
        browser.findElement(By.id("reason")).sendKeys("Roepnaam aangepast.");
        submitAndAwait(By.cssSelector("#persoon-form button[type=submit]"), By.id("surname-fout"));
        assertThat(browser.findElement(By.id("surname-fout")).getText())
                .contains("Sem " + surname, "is beperkt zolang de juistheid wordt betwist (AVG art. 18)");
        assertThat(browser.findElement(By.id("givenNames")).getAttribute("value")).isEqualTo("Semmie");
        assertThat(browser.findElement(By.id("reason")).getAttribute("value")).isEqualTo("Roepnaam aangepast.");
        Axe.assertNoViolations(browser, "restriction-blocks-edit");
        Browser.screenshot(browser, "restriction-blocks-edit");

        browser.manage().deleteAllCookies();
        logInAs("fg");
        browser.get(url("/rechten/" + request));
        submitAndAwait(By.id("opheffen"), By.id("liftReason-fout"));
        assertThat(browser.findElement(By.id("liftReason-fout")).getText()).contains("reden");
        browser.findElement(By.id("liftReason")).sendKeys("De geboortedatum is gecontroleerd bij de BRP en juist.");
        submitAndAwait(By.id("opheffen"), By.id("beperking-opgeheven"));
        assertThat(browser.findElement(By.id("beperking-opgeheven")).getText()).contains("juist");

        browser.manage().deleteAllCookies();
        logInAs("medewerker");
        browser.get(url("/dossiers/" + dossierId + "/personen/" + child));
        assertThat(browser.findElements(By.id("verwerking-beperkt"))).isEmpty();
        WebElement again = browser.findElement(By.id("givenNames"));
        again.clear();
        again.sendKeys("Semmie");
        browser.findElement(By.id("reason")).sendKeys("Roepnaam aangepast.");
        submitAndAwait(By.cssSelector("#persoon-form button[type=submit]"), By.id("opgeslagen"));
        assertThat(browser.findElement(By.id("opgeslagen")).isDisplayed()).isTrue();
    }

    /**
     * Clicks the button and waits for an element only the answer has (the shared staleness wait can trip over a page
     * replaced while it asks the old one).
     */
    private void submitAndAwait(By button, By onTheAnswer) {
        browser.findElement(button).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(() -> "the answer with " + onTheAnswer)
                .until(ExpectedConditions.presenceOfElementLocated(onTheAnswer));
    }
}
