package nl.vangnet.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.ZoneId;
import nl.vangnet.support.Axe;
import nl.vangnet.support.Browser;
import nl.vangnet.support.BrowserTest;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The crisis work list at phone width: the crisis service at night on a 390 x 844 phone goes from the work list to
 * the acute report, its dossier and the crisis intervention form, and no page scrolls sideways.
 */
class CrisisAtPhoneWidthBrowserIT extends BrowserTest {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Autowired MockMvc mvc;

    @BeforeEach
    void aPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void backToTheDesk() {
        browser.manage().window().setSize(new Dimension(1280, 2400));
    }

    @Test
    void theCrisisWorkListAtPhoneWidth() throws Exception {
        String surname = TestData.uniqueSurname("Telefoonbreedte");
        String receivedAt = clock.instant().atZone(NL).minusMinutes(15).toOffsetDateTime().withNano(0).toString();
        String report = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").header("Authorization", "Bearer demo-crisisdienst")
                        .contentType(MediaType.APPLICATION_JSON).content(TestData.exampleReport(TestData.randomBsn(), surname)
                                .replace("\"acuteDanger\":false", "\"acuteDanger\":true")
                                .replace("\"receivedAt\":\"2026-04-30T10:15:00+02:00\"", "\"receivedAt\":\"" + receivedAt + "\"")))
                .andReturn().getResponse().getContentAsString();
        String reportReference = JsonPath.read(report, "$.reference");
        String dossierReference = JsonPath.read(report, "$.dossierReference");
        String dossierId = JsonPath.read(report, "$.dossierId");

        logInAs("crisisdienst");
        assertNoSidewaysScrolling("crisis-phone-work-list");
        // The work list's rows are stacked, each cell named after its column.
        assertThat(browser.findElement(By.xpath("//table[@id='werk-acute']//tr[td/a[text()='" + reportReference + "']]/td[1]"))
                .getAttribute("data-label")).isNotBlank();

        browser.findElement(By.xpath("//table[@id='werk-acute']//a[text()='" + reportReference + "']")).click();
        awaitUrlContaining("/meldingen/");
        assertNoSidewaysScrolling("crisis-phone-report");

        browser.findElement(By.linkText(dossierReference)).click();
        awaitUrlEnding("/dossiers/" + dossierId);
        assertNoSidewaysScrolling("crisis-phone-dossier");

        browser.findElement(By.id("vervolgacties")).findElement(By.linkText("Crisisinterventies")).click();
        awaitUrlEnding("/dossiers/" + dossierId + "/crisisinterventies");
        assertNoSidewaysScrolling("crisis-phone-intervention-form");
    }

    void assertNoSidewaysScrolling(String page) {
        Browser.screenshot(browser, page);
        Axe.assertNoViolations(browser, page);
        long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
        long innerWidth = (Long) browser.executeScript("return window.innerWidth");
        assertThat(innerWidth).as("the window is a phone's").isLessThanOrEqualTo(390);
        assertThat(scrollWidth).as(page + " scrolls sideways").isLessThanOrEqualTo(innerWidth);
    }
}
