package nl.vangnet.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.dossier.DossierOpening;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.NewDossier;
import nl.vangnet.person.NewPerson;
import nl.vangnet.person.PersonRole;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.Browser;
import nl.vangnet.support.BrowserTest;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A verified report; the radar shows an earlier dossier of the child; the assessment with decision INVESTIGATION
 * is confirmed by a gedragswetenschapper; the dossier shows the investigation's due date.
 */
class AssessmentBrowserIT extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired Dossiers dossiers;
    @Autowired DossierOpening opening;
    @Autowired StaffDirectory directory;
    @Autowired WorkingDays calendar;
    @Autowired JdbcClient jdbc;

    @Test
    void anInvestigationDecisionIsConfirmedByTheGedragswetenschapperAndTheDossierShowsItsDueDate() throws Exception {
        String surname = TestData.uniqueSurname("Radartest");
        String bsn = TestData.randomBsn();
        // An earlier, closed dossier of the child.
        SecurityContextHolder.getContext().setAuthentication(TestLogins.authentication(directory, clock, "medewerker"));
        UUID earlier;
        try {
            earlier = opening.register(new NewDossier(directory.teams().getFirst().id(), LocalDate.of(2023, 3, 14), List.of(
                    new NewPerson(PersonRole.CHILD, bsn, surname, null, "Sem", LocalDate.of(2017, 3, 1), "MALE")),
                    Set.of()));
        } finally {
            SecurityContextHolder.clearContext();
        }
        jdbc.sql("UPDATE dossier SET status = 'CLOSED', closed_on = date '2023-09-01', closed_reason = 'Afgerond' WHERE id = :id").param("id", earlier).update();
        String earlierReference = jdbc.sql("SELECT reference FROM dossier WHERE id = :id").param("id", earlier).query(String.class).single();
        // The new report, registered and verified (the intake journey has its own browser test).
        String report = JsonPath.read(mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports")
                .header("Authorization", "Bearer demo-medewerker").contentType(MediaType.APPLICATION_JSON)
                .content(TestData.exampleReport(bsn, surname))).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports/" + report + "/verification")
                .header("Authorization", "Bearer demo-medewerker").contentType(MediaType.APPLICATION_JSON)
                .content("{\"with\":\"melder\",\"how\":\"telefonisch\"}"));

        logInAs("medewerker");
        browser.findElement(By.linkText("Zoeken")).click();
        browser.findElement(By.id("name")).sendKeys("Sem " + surname);
        browser.executeScript("arguments[0].value = '2017-03-01'", browser.findElement(By.id("dateOfBirth")));
        browser.findElement(By.cssSelector("form[action$='/zoeken/personen'] button")).click();
        String results = browser.findElement(By.id("radar-resultaten")).getText();
        assertThat(results).contains(surname).contains(earlierReference).contains("gesloten");
        Browser.screenshot(browser, "radar");

        browser.get(url("/meldingen/" + report));
        browser.findElement(By.linkText("Veiligheidsbeoordeling")).click();
        awaitUrlEnding("/beoordeling");
        String today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))).toString();
        new Select(browser.findElement(By.id("sources[0].source"))).selectByValue("OWN_RECORDS");
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("sources[0].gatheredOn")), today);
        browser.findElement(By.id("sources[0].summary")).sendKeys("Eerder dossier " + earlierReference + " (2023), afgesloten.");
        browser.findElement(By.id("acute-nee")).click();
        // Several sources, as the API takes them: a row more keeps what was typed.
        submitAndAwaitNewPage(browser.findElement(By.id("bron-toevoegen")));
        assertThat(browser.findElement(By.id("sources[0].summary")).getAttribute("value")).startsWith("Eerder dossier ");
        assertThat(browser.findElement(By.id("acute-nee")).isSelected()).isTrue();
        new Select(browser.findElement(By.id("sources[1].source"))).selectByValue("POLICE");
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("sources[1].gatheredOn")), today);
        browser.findElement(By.id("sources[1].summary")).sendKeys("Politie: twee incidenten dit jaar.");
        browser.findElement(By.id("structureel-ja")).click();
        browser.findElement(By.id("structuralDescription")).sendKeys("Herhaald fysiek geweld, opnieuw gemeld.");
        browser.findElement(By.id("rf-EARLIER_VIOLENCE")).click();
        new Select(browser.findElement(By.id("decision"))).selectByValue("INVESTIGATION");
        browser.findElement(By.id("reasoning")).sendKeys("Herhaalde zorg; de feiten moeten worden onderzocht.");
        new Select(browser.findElement(By.id("confirmerId"))).selectByVisibleText("Gijs Gedragswetenschapper");
        Browser.screenshot(browser, "assessment-form");
        browser.findElement(By.cssSelector("button[value=complete]")).click();
        Browser.screenshot(browser, "assessment-completed");
        assertThat(browser.findElements(By.id("beoordeling-status"))).as(() -> browser.getCurrentUrl() + "\n"
                + browser.findElement(By.tagName("main")).getText()).isNotEmpty();
        assertThat(browser.findElement(By.id("beoordeling-status")).getText()).isEqualTo("Wacht op bevestiging (vier ogen)");

        browser.manage().deleteAllCookies();
        logInAs("gedragswetenschapper");
        browser.findElement(By.linkText("Te bevestigen")).click();
        browser.findElement(By.xpath("//a[contains(@href, '/meldingen/" + report + "/beoordeling')]")).click();
        // The gedragswetenschapper sees what they confirm: the sources, the risk factors and the concern.
        assertThat(browser.findElement(By.id("bevestigen-bronnen")).getText()).contains("Eerder dossier " + earlierReference)
                .contains("Politie: twee incidenten dit jaar.");
        assertThat(browser.findElement(By.id("bevestigen-risicofactoren")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("bevestigen-zorg")).getText()).isNotBlank();
        browser.findElement(By.cssSelector("button[name=confirm][value=true]")).click();
        awaitUrlEnding("/beoordelingen");
        assertThat(browser.findElement(By.id("bevestigd")).getText()).startsWith("De beoordeling is bevestigd");

        browser.manage().deleteAllCookies();
        logInAs("medewerker");
        String dossier = jdbc.sql("SELECT dossier_id FROM report WHERE id = :r").param("r", UUID.fromString(report))
                .query(UUID.class).single().toString();
        browser.get(url("/dossiers/" + dossier));
        assertThat(browser.findElement(By.id("trajecten")).getText()).contains("Onderzoek").contains("Loopt");
        LocalDate due = calendar.afterWeeks(LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))), 10);
        assertThat(browser.findElement(By.id("dossier-termijn")).getText())
                .isEqualTo(due.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        Browser.screenshot(browser, "dossier-with-track");
    }
}
