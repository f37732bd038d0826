package nl.vangnet.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import nl.vangnet.support.Axe;
import nl.vangnet.support.Browser;
import nl.vangnet.support.BrowserTest;
import nl.vangnet.support.Clamd;
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
 * The dossier as a working file, in the browser: a journal entry about one person, a document uploaded, and the
 * EICAR test file refused as a virus (scanned by a real clamd) with nothing stored.
 */
class WorkingFileBrowserIT extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    String dossierWithOnePerson() throws Exception {
        String report = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").header("Authorization", "Bearer demo-medewerker")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.exampleReport(TestData.randomBsn(), TestData.uniqueSurname("Werkdossier"))))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(report, "$.dossierId");
    }

    @Test
    void aJournalEntryAboutOnePerson() throws Exception {
        String dossier = dossierWithOnePerson();
        UUID person = jdbc.sql("SELECT person_id FROM dossier_person WHERE dossier_id = :d ORDER BY person_id LIMIT 1")
                .param("d", UUID.fromString(dossier)).query(UUID.class).single();
        logInAs("medewerker");
        browser.get(url("/dossiers/" + dossier));
        browser.findElement(By.id("werkdossier")).findElement(By.linkText("Journaal")).click();
        awaitUrlEnding("/dossiers/" + dossier + "/journaal");
        new Select(browser.findElement(By.id("kind"))).selectByValue("HOME_VISIT");
        browser.findElement(By.id("withWhom")).sendKeys("Moeder");
        browser.findElement(By.id("summary")).sendKeys("Huisbezoek: moeder vertelt dat het rustiger is.");
        String name = browser.findElement(By.cssSelector("label[for='persoon-" + person + "']")).getText();
        browser.findElement(By.id("persoon-" + person)).click();
        submitAndAwaitNewPage(browser.findElement(By.cssSelector("form[action$='/journaal'][method=post] button[type=submit]")));
        awaitUrlEnding("/dossiers/" + dossier + "/journaal");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("De aantekening is vastgelegd.");
        String entry = browser.findElement(By.id("aantekening-1")).getText();
        assertThat(entry).contains("huisbezoek").contains("Moeder").contains("Huisbezoek: moeder vertelt dat het rustiger is.")
                .contains(name.substring(0, name.indexOf(" (")));
        Browser.screenshot(browser, "journal-entry");
        Axe.assertNoViolations(browser, "journal-entry");
    }

    @Test
    void aDocumentIsUploadedAndTheEicarTestFileIsRefused() throws Exception {
        String dossier = dossierWithOnePerson();
        UUID person = jdbc.sql("SELECT person_id FROM dossier_person WHERE dossier_id = :d ORDER BY person_id LIMIT 1")
                .param("d", UUID.fromString(dossier)).query(UUID.class).single();
        Path dir = Files.createTempDirectory("upload");
        Path pdf = Files.write(dir.resolve("verslag-school.pdf"), DocumentsIT.PDF);
        Path eicar = Files.writeString(dir.resolve("eicar.pdf"), Clamd.EICAR, StandardCharsets.US_ASCII);
        logInAs("medewerker");
        browser.get(url("/dossiers/" + dossier));
        browser.findElement(By.id("werkdossier")).findElement(By.linkText("Documenten")).click();
        awaitUrlEnding("/dossiers/" + dossier + "/documenten");

        browser.findElement(By.id("file")).sendKeys(eicar.toString());
        browser.findElement(By.id("persoon-" + person)).click();
        submitAndAwaitNewPage(browser.findElement(By.cssSelector("form[action$='/documenten'] button[type=submit]")));
        assertThat(browser.findElement(By.id("foutmeldingen")).getText()).contains("virus").contains("niet opgeslagen");
        assertThat(browser.findElement(By.id("file-fout")).getText()).contains("virus");
        assertThat(browser.findElement(By.id("persoon-" + person)).isSelected()).isTrue();
        Browser.screenshot(browser, "document-virus-refused");
        Axe.assertNoViolations(browser, "document-virus-refused");
        assertThat(jdbc.sql("SELECT count(*) FROM document WHERE dossier_id = :d").param("d", UUID.fromString(dossier))
                .query(Long.class).single()).isZero();

        browser.findElement(By.id("file")).sendKeys(pdf.toString());
        submitAndAwaitNewPage(browser.findElement(By.cssSelector("form[action$='/documenten'] button[type=submit]")));
        awaitUrlEnding("/dossiers/" + dossier + "/documenten");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Het document is gescand en toegevoegd.");
        assertThat(browser.findElement(By.id("documenten")).getText()).contains("verslag-school.pdf").contains("Mila de Medewerker");
        assertThat(browser.findElement(By.linkText("verslag-school.pdf")).getAttribute("href"))
                .contains("/dossiers/" + dossier + "/documenten/");
        Browser.screenshot(browser, "document-uploaded");
        Axe.assertNoViolations(browser, "document-uploaded");
    }
}
