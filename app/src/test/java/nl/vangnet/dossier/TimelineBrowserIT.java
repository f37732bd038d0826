package nl.vangnet.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.support.Axe;
import nl.vangnet.support.Browser;
import nl.vangnet.support.BrowserTest;
import nl.vangnet.support.Cases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The timeline with a filter: a worker opens the dossier, sees everything, and keeps only the conversations. */
class TimelineBrowserIT extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired StaffDirectory directory;

    @Test
    void theWorkerFiltersTheTimelineByKindAndByPerson() throws Exception {
        Cases cases = new Cases(mvc, directory, clock);
        Cases.Case c = cases.decided("INVESTIGATION");
        String d = "/api/v1/dossiers/" + c.dossierId();
        String dossier = cases.get(d, "demo-medewerker").andReturn().getResponse().getContentAsString();
        String father = JsonPath.<List<String>>read(dossier, "$.persons[?(@.role == 'ALLEGED_PERPETRATOR')].personId").getFirst();
        cases.post(d + "/investigation/conversations", "demo-medewerker",
                "{\"personId\":\"" + father + "\",\"plannedOn\":\"" + cases.today() + "\"}").andExpect(status().isOk());
        cases.post(d + "/investigation/conversations", "demo-medewerker",
                "{\"name\":\"Dr. Jansen\",\"role\":\"huisarts\",\"plannedOn\":\"" + cases.today() + "\"}").andExpect(status().isOk());

        logInAs("medewerker");
        browser.get(url("/dossiers/" + c.dossierId()));
        assertThat(browser.findElement(By.id("dossier-adres")).getText()).contains("3511AB 12");
        assertThat(browser.findElement(By.id("dossier-geweld")).getText()).contains("Kindermishandeling");
        Axe.assertNoViolations(browser, "the dossier page with its timeline");
        assertThat(kinds()).contains("REPORT", "VERIFICATION", "ASSESSMENT", "NOTICE", "TRACK", "CONVERSATION");

        new Select(browser.findElement(By.id("timeline-kind"))).selectByValue("CONVERSATION");
        submitAndAwaitNewPage(browser.findElement(By.id("tijdlijn-filteren")));
        assertThat(kinds()).hasSize(2).containsOnly("CONVERSATION");
        assertThat(browser.findElement(By.id("tijdlijn-tabel")).getText()).contains("Gesprek gepland met Dr. Jansen (huisarts)")
                .contains("Gesprek gepland met betrokkene (Vermoedelijke pleger)");
        Browser.screenshot(browser, "timeline-conversations");

        // About the child: the conversation with the father goes, the one with the doctor (the household) stays.
        new Select(browser.findElement(By.id("timeline-person"))).selectByVisibleText(
                browser.findElements(By.cssSelector("#timeline-person option")).stream().map(WebElement::getText)
                        .filter(t -> t.startsWith("Sem ")).findFirst().orElseThrow());
        submitAndAwaitNewPage(browser.findElement(By.id("tijdlijn-filteren")));
        assertThat(new Select(browser.findElement(By.id("timeline-kind"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("CONVERSATION");
        assertThat(kinds()).containsExactly("CONVERSATION");
        assertThat(browser.findElement(By.id("tijdlijn-tabel")).getText()).contains("Dr. Jansen").doesNotContain("Vermoedelijke pleger");
    }

    private List<String> kinds() {
        return browser.findElements(By.cssSelector("#tijdlijn-tabel tbody tr")).stream()
                .map(r -> r.getAttribute("data-kind")).toList();
    }
}
