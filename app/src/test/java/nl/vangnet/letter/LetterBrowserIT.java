package nl.vangnet.letter;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.support.Axe;
import nl.vangnet.support.Browser;
import nl.vangnet.support.BrowserTest;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A letter generated and opened: from the registration notice's page the worker goes to the dossier's letters with
 * the notice's letter chosen, picks the person, makes the letter and opens it: a PDF addressed to that person.
 */
class LetterBrowserIT extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void aLetterGeneratedAndOpened() throws Exception {
        String surname = TestData.uniqueSurname("Briefreis");
        String report = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").header("Authorization", "Bearer demo-medewerker")
                        .contentType(MediaType.APPLICATION_JSON).content(TestData.exampleReport(TestData.randomBsn(), surname)))
                .andReturn().getResponse().getContentAsString();
        String dossierId = JsonPath.read(report, "$.dossierId");
        String child = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'CHILD')].personId").getFirst();
        UUID task = jdbc.sql("SELECT id FROM dossier_task WHERE dossier_id = :d AND kind = 'REGISTRATION_NOTICE'")
                .param("d", UUID.fromString(dossierId)).query(UUID.class).single();

        logInAs("medewerker");
        browser.get(url("/kennisgevingen/" + task));
        browser.findElement(By.id("brief-voor-kennisgeving")).click();
        awaitUrlContaining("/dossiers/" + dossierId + "/brieven");
        assertThat(new Select(browser.findElement(By.id("template"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("REGISTRATION_NOTICE");

        // Without a person the letter is refused at the person's field.
        submitAndAwaitNewPage(browser.findElement(By.id("brief-maken")));
        assertThat(browser.findElement(By.id("addresseePersonId-fout")).getText()).contains("Kies aan welke persoon");

        new Select(browser.findElement(By.id("addresseePersonId"))).selectByValue(child);
        submitAndAwaitNewPage(browser.findElement(By.id("brief-maken")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("De brief is gemaakt");
        assertThat(browser.findElement(By.id("brieven")).getText()).contains(".pdf");
        Browser.screenshot(browser, "letter-generated");
        Axe.assertNoViolations(browser, "letter-generated");

        // Opened as the browser opens it: the same session fetches the link; it answers a PDF addressed to the child.
        String href = browser.findElement(By.id("brief-openen")).getAttribute("href");
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
        byte[] pdf = Base64.getDecoder().decode((String) answer.get("body"));
        assertThat(LetterPdfTest.text(pdf)).contains("Sem " + surname, "5.3.1");

        browser.get(href);
        assertThat(browser.getCurrentUrl()).endsWith(href.substring(href.indexOf("/dossiers/")));
    }
}
