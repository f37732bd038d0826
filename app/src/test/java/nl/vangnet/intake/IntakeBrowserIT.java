package nl.vangnet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.vangnet.support.Axe;
import nl.vangnet.support.Browser;
import nl.vangnet.support.BrowserTest;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The intake journey in real headless Chromium, as a case worker on the phone does it. */
class IntakeBrowserIT extends BrowserTest {

    @BeforeEach
    void logIn() {
        logInAs("medewerker");
    }

    @Test
    void aPhoneReportWithTwoPersonsIsRegisteredVerifiedAndFoundInTheTeamWorkListWithItsDeadline() {
        String surname = TestData.uniqueSurname("Browsertest");
        browser.findElement(By.linkText("Nieuwe melding")).click();
        awaitUrlEnding("/meldingen/nieuw");
        new Select(browser.findElement(By.id("channel"))).selectByValue("PHONE");
        new Select(browser.findElement(By.id("reporter.type"))).selectByValue("PROFESSIONAL");
        new Select(browser.findElement(By.id("reporter.category"))).selectByValue("EDUCATION");
        type("reporter.name", "A. Voorbeeld");
        type("reporter.organisation", "Basisschool De Voorbeeld");
        type("reporter.phone", "0301234567");
        type("postcode", "3511 AB");
        type("houseNumber", "12");
        type("placeName", "Utrecht");
        new Select(browser.findElement(By.id("persons[0].role"))).selectByValue("CHILD");
        type("persons[0].bsn", TestData.randomBsn());
        type("persons[0].givenNames", "Sem");
        type("persons[0].surname", surname);
        date("persons[0].dateOfBirth", "2017-03-01");
        new Select(browser.findElement(By.id("persons[1].role"))).selectByValue("ALLEGED_PERPETRATOR");
        type("persons[1].givenNames", "Piet");
        type("persons[1].surname", surname);
        date("persons[1].dateOfBirth", "1985-06-12");
        browser.findElement(By.id("vt-CHILD_ABUSE")).click();
        type("concern", "Sem komt vaak met blauwe plekken op school en is bang om naar huis te gaan.");
        Browser.screenshot(browser, "report-form");
        Axe.assertNoViolations(browser, "report-form");
        browser.findElement(By.cssSelector("button[value=save]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().matches(".*/meldingen/[0-9a-f-]{36}$"));
        String reportUrl = browser.getCurrentUrl();
        String reference = browser.findElement(By.tagName("h1")).getText().replace("Melding ", "");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Te verifiëren").contains("Eerste melding")
                .contains(surname);

        Browser.screenshot(browser, "report");

        Axe.assertNoViolations(browser, "report");
        type("with", "A. Voorbeeld (leerkracht)");
        type("how", "telefonisch");
        browser.findElement(By.cssSelector("form[action$='/verificatie'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getPageSource().contains("Geverifieerd met de melder"));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Wacht op veiligheidsbeoordeling");

        browser.get(url("/werkvoorraad?team=true"));
        WebElement row = browser.findElement(By.xpath("//table[@id='werk-awaitingAssessment']//tr[td/a[text()='" + reference + "']]"));
        Browser.screenshot(browser, "team-work-list");
        Axe.assertNoViolations(browser, "team-work-list");
        String deadline = row.findElements(By.tagName("td")).get(3).getText();
        assertThat(deadline).matches("\\d{2}-\\d{2}-\\d{4}");
        assertThat(row.getText()).contains("werkdagen");
        row.findElement(By.linkText(reference)).click();
        assertThat(browser.getCurrentUrl()).isEqualTo(reportUrl);
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndShowsDutchMessagesAtTheFields() {
        browser.get(url("/meldingen/nieuw"));
        new Select(browser.findElement(By.id("reporter.type"))).selectByValue("PRIVATE");
        type("reporter.name", "Buurvrouw Jansen");
        new Select(browser.findElement(By.id("persons[0].role"))).selectByValue("CHILD");
        type("persons[0].bsn", "123456780");
        type("persons[0].surname", "Kind");
        type("concern", "Ik hoor elke avond geschreeuw.");
        browser.findElement(By.cssSelector("button[value=save]")).click();

        WebElement summary = browser.findElement(By.id("foutmeldingen"));
        Browser.screenshot(browser, "report-form-errors");
        Axe.assertNoViolations(browser, "report-form-errors");
        assertThat(summary.getText()).contains("Dit BSN klopt niet").contains("Kies ten minste één vorm van geweld");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("foutmeldingen");
        WebElement bsn = browser.findElement(By.id("persons[0].bsn"));
        assertThat(bsn.getAttribute("value")).isEqualTo("123456780");
        assertThat(bsn.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id(bsn.getAttribute("aria-describedby"))).getText()).contains("elfproef");
        assertThat(browser.findElement(By.id("reporter.name")).getAttribute("value")).isEqualTo("Buurvrouw Jansen");
        assertThat(browser.findElement(By.id("concern")).getAttribute("value")).isEqualTo("Ik hoor elke avond geschreeuw.");
        // The summary links lead to the fields.
        summary.findElement(By.partialLinkText("Dit BSN klopt niet")).click();
        assertThat(browser.getCurrentUrl()).endsWith("#persons[0].bsn");
    }

    @Test
    void theReportFormAsksOnlyWhatAppliesToThisReporter() {
        browser.get(url("/meldingen/nieuw"));
        // The concern comes before the reporter, the household and the persons.
        assertThat(browser.findElement(By.id("concern")).getLocation().getY())
                .isLessThan(browser.findElement(By.id("reporter.type")).getLocation().getY());
        // A private reporter: no profession, organisation or anonymity reasons yet.
        assertShown("reporter.name", "reporter.phone", "reporter.email", "reporter.closelyInvolved", "reporter.anonymous");
        assertHidden("reporter.category", "reporter.subcategory", "reporter.organisation", "reporter.function",
                "reporter.anonymityAssessment", "reporter.anonymitySafetyReason");
        browser.findElement(By.id("reporter.anonymous")).click();
        assertShown("reporter.anonymityAssessment");
        assertHidden("reporter.anonymitySafetyReason");

        new Select(browser.findElement(By.id("reporter.type"))).selectByValue("PROFESSIONAL");
        assertShown("reporter.category", "reporter.organisation", "reporter.function", "reporter.anonymitySafetyReason");
        assertHidden("reporter.subcategory", "reporter.anonymityAssessment", "reporter.closelyInvolved");
        new Select(browser.findElement(By.id("reporter.category"))).selectByValue("HEALTH_CARE");
        assertShown("reporter.subcategory");
        new Select(browser.findElement(By.id("reporter.category"))).selectByValue("EDUCATION");
        assertHidden("reporter.subcategory");

        // A person with a BSN is not asked why it is missing.
        assertShown("persons[0].identificationMissingReason");
        type("persons[0].bsn", TestData.randomBsn());
        assertHidden("persons[0].identificationMissingReason");

        // Veilig Thuis reporting itself has no reporter at all.
        browser.findElement(By.id("exOfficio")).click();
        assertHidden("reporter.type", "reporter.name", "reporter.anonymitySafetyReason");
        Browser.screenshot(browser, "report-form-ex-officio");
        Axe.assertNoViolations(browser, "report-form-ex-officio");
        browser.findElement(By.id("exOfficio")).click();
        assertShown("reporter.type", "reporter.category", "reporter.anonymitySafetyReason");
    }

    @Test
    void aPersonIsAddedWithoutReloadingAndTheReportPageShowsEverythingTyped() {
        String surname = TestData.uniqueSurname("Telefoon");
        browser.get(url("/meldingen/nieuw"));
        browser.findElement(By.id("acuteDanger")).click();
        browser.findElement(By.id("vt-CHILD_ABUSE")).click();
        type("concern", "De huisarts ziet bij Lotte steeds nieuwe blauwe plekken.");
        new Select(browser.findElement(By.id("reporter.type"))).selectByValue("PROFESSIONAL");
        new Select(browser.findElement(By.id("reporter.category"))).selectByValue("HEALTH_CARE");
        new Select(browser.findElement(By.id("reporter.subcategory"))).selectByValue("GP");
        type("reporter.name", "Dr. B. Voorbeeld");
        type("reporter.organisation", "Huisartsenpraktijk Voorbeeld");
        type("reporter.function", "Huisarts");
        type("reporter.phone", "030 765 4321");
        type("reporter.email", "b.voorbeeld@praktijk.example");
        type("postcode", "3511 AB");
        type("houseNumber", "14");
        type("placeName", "Utrecht");
        new Select(browser.findElement(By.id("persons[0].role"))).selectByValue("CHILD");
        type("persons[0].bsn", TestData.randomBsn());
        type("persons[0].givenNames", "Lotte");
        type("persons[0].surname", surname);
        date("persons[0].dateOfBirth", "2016-02-03");
        new Select(browser.findElement(By.id("persons[1].role"))).selectByValue("PARENT_OR_CAREGIVER");
        type("persons[1].givenNames", "Ilse");
        type("persons[1].surname", surname);
        type("persons[1].identificationMissingReason", "Moeder is niet ingeschreven; geboortedatum onbekend.");

        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("button[value=addPerson]")).click();
        WebElement third = new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage("a third person row")
                .until(b -> b.findElements(By.id("persons[2].role")).stream().findFirst().orElse(null));
        // The same page: nothing reloaded, everything typed still there, and the cursor in the new row.
        assertThat(page.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("concern")).getAttribute("value")).isEqualTo("De huisarts ziet bij Lotte steeds nieuwe blauwe plekken.");
        assertThat(browser.findElement(By.id("persons[1].identificationMissingReason")).getAttribute("value")).startsWith("Moeder is niet");
        assertThat(browser.findElement(By.id("reporter.email")).getAttribute("value")).isEqualTo("b.voorbeeld@praktijk.example");
        assertThat(browser.switchTo().activeElement()).isEqualTo(third);
        assertThat(browser.findElement(By.id("persons[2]")).getText()).contains("Betrokkene 3");
        new Select(third).selectByValue("CHILD");
        type("persons[2].bsn", TestData.randomBsn());
        type("persons[2].givenNames", "Bram");
        type("persons[2].surname", surname);
        date("persons[2].dateOfBirth", "2019-07-08");
        // A fourth row gets the next number.
        browser.findElement(By.cssSelector("button[value=addPerson]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.findElements(By.id("persons[3].role")).isEmpty());
        Browser.screenshot(browser, "report-form-added-person");
        Axe.assertNoViolations(browser, "report-form-added-person");
        browser.findElement(By.cssSelector("button[value=save]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().matches(".*/meldingen/[0-9a-f-]{36}$"));
        Browser.screenshot(browser, "report-everything-typed");
        Axe.assertNoViolations(browser, "report-everything-typed");
        String shown = browser.findElement(By.tagName("main")).getText();
        assertThat(shown).contains("Telefoon").contains("Acuut gevaar").contains("Huisarts")
                .contains("Subcategorie gezondheidszorg").contains("Dr. B. Voorbeeld").contains("Huisartsenpraktijk Voorbeeld")
                .contains("Functie").contains("030 765 4321").contains("b.voorbeeld@praktijk.example")
                .contains("Kindermishandeling").contains("De huisarts ziet bij Lotte steeds nieuwe blauwe plekken.")
                .contains("3511AB").contains("Lotte").contains("Ilse").contains("Bram")
                .contains("Moeder is niet ingeschreven; geboortedatum onbekend.").contains("03-02-2016");
    }

    void assertShown(String... ids) {
        for (String id : ids) {
            assertThat(browser.findElement(By.id(id)).isDisplayed()).as(id + " shown").isTrue();
        }
    }

    void assertHidden(String... ids) {
        for (String id : ids) {
            assertThat(browser.findElement(By.id(id)).isDisplayed()).as(id + " hidden").isFalse();
        }
    }

    void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void date(String id, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
    }

}
