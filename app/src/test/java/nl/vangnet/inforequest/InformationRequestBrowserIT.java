package nl.vangnet.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.vangnet.support.Axe;
import nl.vangnet.support.Browser;
import nl.vangnet.support.BrowserTest;
import nl.vangnet.support.Mailbox;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Issue 12's journey: a worker asks a GP for information by phone and records the answer; the GP, in a second browser
 * without a staff login, opens the link from the mail, enters the code, changes a sentence, marks a passage as not to
 * be shown to the persons and approves; the worker sees the approved text with the passage marked.
 */
class InformationRequestBrowserIT extends BrowserTest {

    @Autowired MockMvc mvc;

    @Test
    void theProfessionalChecksChangesMarksAndApprovesAndTheWorkerSeesTheMarkedText() throws Exception {
        String surname = TestData.uniqueSurname("Journey");
        String report = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").header("Authorization", "Bearer demo-medewerker")
                        .contentType(MediaType.APPLICATION_JSON).content(TestData.exampleReport(TestData.randomBsn(), surname)))
                .andReturn().getResponse().getContentAsString();
        String dossier = JsonPath.read(report, "$.dossierId");
        String child = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'CHILD')].personId").getFirst();
        String email = "gp-" + UUID.randomUUID().toString().substring(0, 8) + "@praktijk.example";

        logInAs("medewerker");
        browser.get(url("/dossiers/" + dossier));
        browser.findElement(By.id("informatieverzoeken-link")).click();
        awaitUrlEnding("/dossiers/" + dossier + "/informatieverzoeken");
        // A form without the required answers is refused at its fields, in Dutch.
        submitAndAwaitNewPage(browser.findElement(By.id("verzoek-versturen")));
        assertThat(browser.findElement(By.id("professionalEmail-fout")).getText()).contains("e-mailadres");
        assertThat(browser.findElement(By.id("personIds-fout")).getText()).contains("Kies over wie");
        Axe.assertNoViolations(browser, "information-request-form-refused");
        browser.findElement(By.id("professionalName")).sendKeys("Dr. Wortelboer");
        browser.findElement(By.id("professionalOrganisation")).sendKeys("Huisartsenpraktijk Zuilen");
        new Select(browser.findElement(By.id("profession"))).selectByValue("GP");
        browser.findElement(By.id("professionalEmail")).sendKeys(email);
        browser.findElement(By.id("persoon-" + child)).click();
        browser.findElement(By.id("purpose")).sendKeys("Er is een zorg gemeld over Sem; wij willen weten wat u heeft gezien.");
        new Select(browser.findElement(By.id("consent"))).selectByValue("NOT_ASKED");
        browser.findElement(By.id("withoutConsentReason")).sendKeys("Vragen brengt Sem in gevaar; het onderzoek loopt.");
        browser.findElement(By.id("personsKnow-nee")).click();
        new Select(browser.findElement(By.id("channel"))).selectByValue("PHONE");
        Axe.assertNoViolations(browser, "information-request-form");
        submitAndAwaitNewPage(browser.findElement(By.id("verzoek-versturen")));
        awaitUrlContaining("/dossiers/" + dossier + "/informatieverzoeken/");
        assertThat(browser.findElement(By.id("verzoek-code")).getText()).matches("[0-9]{8}");

        // The phone call: the worker records what the GP said; it goes to the GP with a new link and code.
        browser.findElement(By.id("text")).sendKeys("Sem was drie keer afwezig. Moeder belde mij in paniek over vader.");
        submitAndAwaitNewPage(browser.findElement(By.cssSelector("form[action$='/antwoord'] button[type=submit]")));
        String code = browser.findElement(By.id("verzoek-code")).getText();
        String link = Mailbox.get().latestLinkPath(email);

        ChromeDriver professional = Browser.start();
        try {
            professional.get(url(link));
            assertThat(professional.getPageSource()).doesNotContain(surname, "Zuilen", "Sem was");
            Axe.assertNoViolations(professional, "information-request-code");
            professional.findElement(By.id("code")).sendKeys(code.equals("00000000") ? "11111111" : "00000000");
            WebElement page = professional.findElement(By.tagName("html"));
            professional.findElement(By.cssSelector("main form button[type=submit]")).click();
            new WebDriverWait(professional, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
            assertThat(professional.findElement(By.id("code-fout")).getText()).contains("Deze code klopt niet");
            Axe.assertNoViolations(professional, "information-request-wrong-code");
            professional.findElement(By.id("code")).sendKeys(code);
            page = professional.findElement(By.tagName("html"));
            professional.findElement(By.cssSelector("main form button[type=submit]")).click();
            new WebDriverWait(professional, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
            assertThat(professional.findElement(By.id("over-wie")).getText()).contains(surname).contains("01-03-2017");
            assertThat(professional.findElement(By.id("wie-vraagt")).getText()).contains("Mila de Medewerker");
            Axe.assertNoViolations(professional, "information-request-professional");
            WebElement text = professional.findElement(By.id("text"));
            assertThat(text.getAttribute("value")).isEqualTo("Sem was drie keer afwezig. Moeder belde mij in paniek over vader.");
            text.clear();
            text.sendKeys("Sem was vier keer afwezig. Moeder belde mij in paniek over vader.");
            professional.findElement(By.id("passage0")).sendKeys("Moeder belde mij in paniek over vader.");
            new Select(professional.findElement(By.id("passageReason0"))).selectByValue("OTHERS_SAFETY");
            new Select(professional.findElement(By.id("informedPersons"))).selectByValue("NOT_INFORMED");
            professional.findElement(By.id("notInformedReason")).sendKeys("Dat brengt moeder in gevaar.");
            professional.findElement(By.id("factual")).click();
            professional.findElement(By.id("approverName")).sendKeys("J. Wortelboer");
            Browser.screenshot(professional, "information-request-professional");
            page = professional.findElement(By.tagName("html"));
            professional.findElement(By.id("accorderen")).click();
            new WebDriverWait(professional, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
            assertThat(professional.findElement(By.cssSelector("[role=status]")).getText()).contains("geaccordeerd");
            professional.get(url(link));
            assertThat(professional.getPageSource()).doesNotContain(surname, "Sem was");
        } finally {
            professional.quit();
        }

        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("verzoek-status")).getText()).isEqualTo("geaccordeerd");
        assertThat(browser.findElement(By.id("geaccordeerde-tekst")).getText()).contains("Sem was vier keer afwezig.");
        assertThat(browser.findElement(By.cssSelector("#geaccordeerde-tekst mark.not-shareable")).getText())
                .contains("Moeder belde mij in paniek over vader.");
        assertThat(browser.findElement(By.id("passages")).getText()).contains("de veiligheid van anderen");
        Browser.screenshot(browser, "information-request-approved");
        Axe.assertNoViolations(browser, "information-request-approved");
    }
}
