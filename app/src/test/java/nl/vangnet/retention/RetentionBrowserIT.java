package nl.vangnet.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.support.Axe;
import nl.vangnet.support.Browser;
import nl.vangnet.support.BrowserTest;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The FG opens the retention list, approves the month's destruction list and sees the dossier destroyed. */
class RetentionBrowserIT extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired DestructionLists lists;

    @Test
    void theFgApprovesTheMonthsDestructionListAndSeesTheDossierDestroyed() throws Exception {
        String report = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").header("Authorization", "Bearer demo-medewerker")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.exampleReport(TestData.randomBsn(), TestData.uniqueSurname("Bewaarreis"))))
                .andReturn().getResponse().getContentAsString();
        UUID dossier = UUID.fromString(JsonPath.read(report, "$.dossierId"));
        // Closed, its last change more than 20 years ago: past its retention end.
        jdbc.sql("""
                UPDATE dossier SET status = 'CLOSED', closed_on = :on, closed_reason = 'Afgerond',
                    updated_at = (CAST(:on AS date) + time '12:00') AT TIME ZONE 'Europe/Amsterdam' WHERE id = :d""")
                .param("on", DutchTime.today(clock).minusYears(20).minusDays(1)).param("d", dossier).update();
        String reference = jdbc.sql("SELECT reference FROM dossier WHERE id = :d").param("d", dossier).query(String.class).single();
        UUID list = lists.drawUpMonthlyList().orElseThrow();
        // Dossiers other tests left past their retention end are not this journey's: taken off first.
        for (UUID other : jdbc.sql("SELECT dossier_id FROM destruction_list_item WHERE list_id = :l AND dossier_id <> :d")
                .param("l", list).param("d", dossier).query(UUID.class).list()) {
            mvc.perform(MockMvcRequestBuilders.post("/api/v1/retention/destruction-lists/" + list + "/dossiers/" + other + "/removal")
                    .header("Authorization", "Bearer demo-fg").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\":\"Niet van deze reis\"}"));
        }

        logInAs("fg");
        browser.findElement(By.id("nav-bewaartermijnen")).click();
        awaitUrlEnding("/bewaartermijnen");
        String section = browser.findElement(By.id("lijst-" + list)).getText();
        assertThat(section).contains(reference, "Bewaartermijn verstreken");
        Axe.assertNoViolations(browser, "retention-list");

        submitAndAwaitNewPage(browser.findElement(By.cssSelector("#beslissing-" + list + " button.approve")));
        assertThat(browser.findElement(By.id("opgeslagen")).getText()).contains("goedgekeurd", "vernietigd");
        assertThat(browser.findElements(By.id("lijst-" + list))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#vernietigd tr")).stream().filter(r -> r.getText().contains(reference))
                .findFirst().orElseThrow().getText()).contains("Wmo 2015 art. 5.3.4", "Fatima FG");
        Axe.assertNoViolations(browser, "retention-list-executed");
        Browser.screenshot(browser, "retention-list-executed");
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE id = :d").param("d", dossier).query(Long.class).single()).isZero();
    }
}
