package nl.vangnet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import nl.vangnet.support.Browser;
import nl.vangnet.support.BrowserTest;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A crisis intervention at night by the crisis service: the acute police notice is in the crisis service's work list,
 * the intervention is recorded on the dossier's crisis page (once refused, with what was typed kept), and it stands
 * first in the work list until "opvolging gestart" is pressed.
 */
class CrisisInterventionBrowserIT extends BrowserTest {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Autowired MockMvc mvc;

    /** The night: the next 03:10 in Dutch time (the clock only moves forward, so logins and deadlines stay sane). */
    @BeforeEach
    void atTenPastThreeAtNight() {
        ZonedDateTime now = clock.instant().atZone(NL);
        ZonedDateTime night = now.toLocalDate().atTime(3, 10).atZone(NL);
        clock.set((night.isAfter(now) ? night : night.plusDays(1)).toInstant());
    }

    @Test
    void aCrisisInterventionAtNightByTheCrisisService() throws Exception {
        // The police notice of 02:55, registered by the crisis service (which is then assigned to the dossier).
        String surname = TestData.uniqueSurname("Nachtcrisis");
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
        browser.findElement(By.xpath("//table[@id='werk-acute']//a[text()='" + reportReference + "']")).click();
        browser.findElement(By.linkText(dossierReference)).click();
        awaitUrlEnding("/dossiers/" + dossierId);
        browser.findElement(By.id("vervolgacties")).findElement(By.linkText("Crisisinterventies")).click();
        awaitUrlEnding("/dossiers/" + dossierId + "/crisisinterventies");
        String tenPastThree = clock.instant().atZone(NL).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        assertThat(browser.findElement(By.id("actedAt")).getAttribute("value")).isEqualTo(tenPastThree).contains("T03:1");
        assertThat(browser.findElement(By.cssSelector("form[action$='/crisisinterventies'] dl")).getText()).contains("Cas Crisisdienst");

        // Everything but what had to happen at once.
        browser.findElement(By.id("mode-ON_SITE")).click();
        browser.findElement(By.id("whatHappened")).sendKeys("Moeder met kind opgesloten in de badkamer; vader dronken in de woonkamer.");
        browser.findElement(By.id("howItArose")).sendKeys("Ruzie over de omgangsregeling escaleerde na middernacht.");
        new Select(browser.findElement(By.id("professionals[0].kind"))).selectByValue("NEIGHBOURHOOD_OFFICER");
        browser.findElement(By.id("professionals[0].name")).sendKeys("Wijkagent R. Visser");
        browser.findElement(By.id("professionals[0].withPersonConsent")).click();
        browser.findElement(By.id("professionals[0].summary")).sendKeys("Kent het gezin; eerder huiselijk geweld gemeld.");
        browser.findElement(By.id("nextStep-ASSESSMENT")).click();
        browser.findElement(By.cssSelector("button[value=save]")).click();

        WebElement summary = browser.findElement(By.id("foutmeldingen"));
        Browser.screenshot(browser, "crisis-intervention-refused");
        assertThat(summary.getText()).contains("Beschrijf wat er direct moest gebeuren.");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("foutmeldingen");
        WebElement needs = browser.findElement(By.id("immediateNeeds"));
        assertThat(needs.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("immediateNeeds-fout")).getText()).isEqualTo("Beschrijf wat er direct moest gebeuren.");
        assertThat(browser.findElement(By.id("whatHappened")).getAttribute("value"))
                .isEqualTo("Moeder met kind opgesloten in de badkamer; vader dronken in de woonkamer.");
        assertThat(browser.findElement(By.id("howItArose")).getAttribute("value")).isEqualTo("Ruzie over de omgangsregeling escaleerde na middernacht.");
        assertThat(browser.findElement(By.id("actedAt")).getAttribute("value")).isEqualTo(tenPastThree);
        assertThat(browser.findElement(By.id("mode-ON_SITE")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("nextStep-ASSESSMENT")).isSelected()).isTrue();
        assertThat(new Select(browser.findElement(By.id("professionals[0].kind"))).getFirstSelectedOption().getText()).isEqualTo("wijkagent");
        assertThat(browser.findElement(By.id("professionals[0].name")).getAttribute("value")).isEqualTo("Wijkagent R. Visser");
        assertThat(browser.findElement(By.id("professionals[0].withPersonConsent")).isSelected()).isTrue();
        summary.findElement(By.partialLinkText("Beschrijf wat er direct moest gebeuren")).click();
        assertThat(browser.getCurrentUrl()).endsWith("#immediateNeeds");

        browser.findElement(By.id("immediateNeeds")).sendKeys("Moeder en kind naar de opvang; vader door de politie meegenomen.");
        browser.findElement(By.cssSelector("button[value=save]")).click();
        awaitUrlEnding("/dossiers/" + dossierId + "/crisisinterventies");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("De crisisinterventie is vastgelegd.");
        WebElement recorded = browser.findElement(By.id("crisisinterventie-1"));
        assertThat(recorded.getText()).contains(clock.instant().atZone(NL).format(DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")) + " · ter plaatse")
                .contains("wacht op vervolg").contains("Cas Crisisdienst").contains("wijkagent: Wijkagent R. Visser (in overleg met de betrokkene)")
                .contains("Moeder en kind naar de opvang").contains("een veiligheidsbeoordeling");
        Browser.screenshot(browser, "crisis-intervention-recorded");

        // First in the crisis service's work list: the urgent block stands above the acute reports.
        browser.findElement(By.linkText("Werkvoorraad")).click();
        awaitUrlEnding("/werkvoorraad");
        String item = "Crisisinterventie wacht op vervolg · " + dossierReference;
        assertThat(browser.findElements(By.cssSelector("main h2")).getFirst().getText()).startsWith("Crisis: eerst oppakken");
        assertThat(browser.findElement(By.id("werk-urgent")).getText()).contains(item);
        Browser.screenshot(browser, "crisis-work-list-night");
        browser.findElement(By.id("werk-urgent")).findElement(By.linkText(item)).click();
        awaitUrlEnding("/dossiers/" + dossierId + "/crisisinterventies");

        submitAndAwaitNewPage(browser.findElement(By.id("crisisinterventie-1")).findElement(By.cssSelector("form[action$='/opvolging'] button")));
        awaitUrlEnding("/dossiers/" + dossierId + "/crisisinterventies");
        assertThat(browser.findElement(By.id("crisisinterventie-1")).getText()).doesNotContain("wacht op vervolg").contains("gestart op");
        browser.findElement(By.linkText("Werkvoorraad")).click();
        awaitUrlEnding("/werkvoorraad");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(item);
    }
}
