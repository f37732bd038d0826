package nl.vangnet.rights;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.support.Axe;
import nl.vangnet.support.Browser;
import nl.vangnet.support.BrowserTest;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A parent's copy request for a 14-year-old: the worker takes it in from the child's page (a legal representative is
 * refused at the requester with the rule), the FG finds it in "Werkvoorraad rechten" with its due date, decides, and
 * opens the decision letter: a PDF with the way to the court within six weeks; then downloads the copy (only the
 * child's data) and opens the inspection on screen. A 17-year-old's parent without the child's consent is refused at
 * the requester with the rule.
 */
class RightsRequestBrowserIT extends BrowserTest {

    @Autowired MockMvc mvc;

    @Test
    void aParentsCopyRequestForAFourteenYearOldTakenInByTheWorkerAndDecidedByTheFg() throws Exception {
        String surname = TestData.uniqueSurname("Rechtenreis");
        String report = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").header("Authorization", "Bearer demo-medewerker")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.exampleReport(TestData.randomBsn(), surname).replace("2017-03-01", "2012-01-15")))
                .andReturn().getResponse().getContentAsString();
        String dossierId = JsonPath.read(report, "$.dossierId");
        String child = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'CHILD')].personId").getFirst();

        logInAs("medewerker");
        browser.get(url("/dossiers/" + dossierId + "/personen/" + child));
        browser.findElement(By.id("naar-rechtenverzoek")).click();
        awaitUrlContaining("/dossiers/" + dossierId + "/rechtenverzoek");
        assertThat(new Select(browser.findElement(By.id("personId"))).getFirstSelectedOption().getAttribute("value")).isEqualTo(child);
        new Select(browser.findElement(By.id("kind"))).selectByValue("COPY");
        new Select(browser.findElement(By.id("requester"))).selectByValue("LEGAL_REPRESENTATIVE");
        browser.findElement(By.id("requesterName")).sendKeys("M. " + surname);
        new Select(browser.findElement(By.id("identityCheck"))).selectByValue("ID_COPY_CHECKED");
        new Select(browser.findElement(By.id("idDocumentType"))).selectByValue("PASSPORT");
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("receivedOn")),
                DutchTime.today(clock).toString());
        browser.findElement(By.id("text")).sendKeys("Ik wil als moeder een afschrift van wat er over mijn zoon staat.");
        submitAndAwaitNewPage(browser.findElement(By.id("verzoek-aannemen")));
        assertThat(browser.findElement(By.id("requester-fout")).getText()).contains("12 tot 16 jaar");
        Axe.assertNoViolations(browser, "rights-intake-refused");

        new Select(browser.findElement(By.id("requester"))).selectByValue("PARENT_WITH_AUTHORITY");
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("receivedOn")),
                DutchTime.today(clock).toString());
        submitAndAwaitNewPage(browser.findElement(By.id("verzoek-aannemen")));
        awaitUrlEnding("/dossiers/" + dossierId);

        browser.manage().deleteAllCookies();
        logInAs("fg");
        browser.get(url("/rechten"));
        assertThat(browser.findElement(By.id("verzoeken")).getText()).contains("Sem " + surname, "Afschrift");
        Axe.assertNoViolations(browser, "rights-work-list");
        browser.findElements(By.cssSelector("#verzoeken tr")).stream().filter(r -> r.getText().contains(surname)).findFirst()
                .orElseThrow().findElement(By.tagName("a")).click();
        awaitUrlContaining("/rechten/");
        assertThat(browser.findElement(By.id("verzoek")).getText()).contains("Ouder met gezag", "12 tot 16 jaar", "Paspoort");
        Axe.assertNoViolations(browser, "rights-request");

        new Select(browser.findElement(By.id("outcome"))).selectByValue("GRANTED");
        submitAndAwaitNewPage(browser.findElement(By.id("beslissen")));
        assertThat(browser.findElement(By.id("opgeslagen")).getText()).contains("Er is beslist");
        assertThat(browser.findElement(By.id("stand")).getText()).isEqualTo("Toegewezen");
        Browser.screenshot(browser, "rights-request-decided");

        assertThat(pdfText(browser.findElement(By.id("beslisbrief")).getAttribute("href")))
                .contains("M. " + surname, "Wij wijzen uw verzoek toe.", "binnen zes weken", "geen advocaat");

        // The copy, downloaded through the page's link with the FG's session: only the child's data.
        String bsn = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'CHILD')].bsn").getFirst();
        assertThat(pdfText(browser.findElement(By.id("afschrift")).getAttribute("href")))
                .contains("Afschrift van uw gegevens", "Sem " + surname, bsn, "15-01-2012",
                        "blauwe plekken", "Wie uw gegevens heeft ingezien")
                .doesNotContain("Piet", "A. Voorbeeld", "1985");
        // The same content on screen, for an inspection with the person.
        browser.findElement(By.id("inzage")).click();
        awaitUrlContaining("/inzage");
        assertThat(browser.findElement(By.id("inzage-inhoud")).getText()).contains("Inzage van uw gegevens", "Sem " + surname)
                .doesNotContain("Piet");
        Axe.assertNoViolations(browser, "rights-inspection");
    }

    @Test
    void aSeventeenYearOldsParentIsRefusedWithoutTheirConsentAtTheRequesterWithTheRule() throws Exception {
        String surname = TestData.uniqueSurname("Rechtenzeventien");
        String report = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").header("Authorization", "Bearer demo-medewerker")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.exampleReport(TestData.randomBsn(), surname).replace("2017-03-01", "2009-01-10")))
                .andReturn().getResponse().getContentAsString();
        String dossierId = JsonPath.read(report, "$.dossierId");
        String child = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'CHILD')].personId").getFirst();

        logInAs("medewerker");
        browser.get(url("/dossiers/" + dossierId + "/rechtenverzoek?persoon=" + child));
        new Select(browser.findElement(By.id("kind"))).selectByValue("INSPECTION");
        new Select(browser.findElement(By.id("requester"))).selectByValue("PARENT_WITH_AUTHORITY");
        browser.findElement(By.id("requesterName")).sendKeys("P. " + surname);
        new Select(browser.findElement(By.id("identityCheck"))).selectByValue("ID_DOCUMENT_SHOWN");
        new Select(browser.findElement(By.id("idDocumentType"))).selectByValue("IDENTITY_CARD");
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("receivedOn")),
                DutchTime.today(clock).toString());
        browser.findElement(By.id("text")).sendKeys("Ik wil als vader zien wat er over mijn zoon staat.");
        submitAndAwaitNewPage(browser.findElement(By.id("verzoek-aannemen")));
        assertThat(browser.findElement(By.id("requester-fout")).getText()).contains(WhoMayAsk.FROM_16);
        assertThat(browser.findElement(By.id("requesterName")).getAttribute("value")).isEqualTo("P. " + surname);
        Axe.assertNoViolations(browser, "rights-intake-seventeen-refused");
    }

    /** A PDF fetched with the browser's own session, as its text (PDFBox). */
    String pdfText(String href) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  let s = ''; bytes.forEach(b => s += String.fromCharCode(b));
                  done({status: r.status, type: r.headers.get('Content-Type'), body: btoa(s)});
                });""", href);
        assertThat(answer.get("status")).isEqualTo(200L);
        assertThat(answer.get("type")).isEqualTo("application/pdf");
        return RightsRequestsIT.text(Base64.getDecoder().decode((String) answer.get("body")));
    }
}
