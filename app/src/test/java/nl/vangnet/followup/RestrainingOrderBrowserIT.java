package nl.vangnet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.vangnet.support.Browser;
import nl.vangnet.support.BrowserTest;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A temporary restraining order registered on the dossier's page (the browser's date and time read as Dutch time),
 * 10 days with their end; the mayor's extension to 29 days refused with the Dutch message, to 28 accepted.
 */
class RestrainingOrderBrowserIT extends BrowserTest {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    /** What a datetime-local field holds. */
    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired MockMvc mvc;

    @Test
    void aRestrainingOrderIsRegisteredAndExtendedTo28DaysButNot29() throws Exception {
        String surname = TestData.uniqueSurname("Huisverbodpagina");
        String report = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").header("Authorization", "Bearer demo-medewerker")
                        .contentType(MediaType.APPLICATION_JSON).content(TestData.exampleReport(TestData.randomBsn(), surname)))
                .andReturn().getResponse().getContentAsString();
        String dossierId = JsonPath.read(report, "$.dossierId");
        String child = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'CHILD')].personId").getFirst();
        String father = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'ALLEGED_PERPETRATOR')].personId").getFirst();

        logInAs("medewerker");
        browser.get(url("/dossiers/" + dossierId));
        browser.findElement(By.id("vervolgacties")).findElement(By.linkText("Tijdelijk huisverbod")).click();
        awaitUrlEnding("/dossiers/" + dossierId + "/huisverbod");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Er is nog geen huisverbod geregistreerd.");

        // Imposed two hours ago, as the browser's datetime-local field holds it: Dutch time, no zone.
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), NL).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime consulted = start.minusHours(1);
        dateTime("startsAt", start);
        new Select(browser.findElement(By.id("orderedOutPersonId"))).selectByValue(father);
        browser.findElement(By.id("beschermd-" + child)).click();
        browser.findElement(By.id("childAbuseReason")).click();
        browser.findElement(By.cssSelector("form[action$='/huisverbod'] button[type=submit]")).click();
        // Child abuse as the reason: the consultation of Veilig Thuis is mandatory; the choices made stay.
        assertThat(browser.findElement(By.id("foutmeldingen")).getText()).contains("consult van Veilig Thuis");
        assertThat(browser.findElement(By.id("consultedAt-fout")).getText()).contains("verplicht");
        assertThat(new Select(browser.findElement(By.id("orderedOutPersonId"))).getFirstSelectedOption().getAttribute("value")).isEqualTo(father);
        assertThat(browser.findElement(By.id("beschermd-" + child)).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("childAbuseReason")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("startsAt")).getAttribute("value")).isEqualTo(start.format(INPUT));

        dateTime("consultedAt", consulted);
        browser.findElement(By.id("consultationSummary")).sendKeys("Burgemeester geadviseerd het huisverbod op te leggen.");
        browser.findElement(By.cssSelector("form[action$='/huisverbod'] button[type=submit]")).click();
        awaitUrlEnding("/dossiers/" + dossierId + "/huisverbod");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Het huisverbod is geregistreerd.");
        Instant startsAt = start.atZone(NL).toInstant();
        WebElement order = browser.findElement(By.id("huisverbod-1"));
        assertThat(order.findElement(By.cssSelector(".start")).getText()).isEqualTo(DUTCH.format(start));
        assertThat(order.findElement(By.cssSelector(".einde")).getText()).isEqualTo(dutch(RestrainingOrders.endAfter(startsAt, 10)));
        assertThat(order.findElement(By.cssSelector(".nog")).getText()).isEqualTo("10 dagen");
        assertThat(order.findElement(By.cssSelector(".verlengd")).getText()).isEqualTo("Nee");
        assertThat(order.getText()).contains("Piet " + surname).contains("Sem " + surname)
                .contains("Burgemeester geadviseerd het huisverbod op te leggen.");

        // The mayor extends: 29 days from the start is refused with the domain's message, what was typed stays.
        WebElement days = order.findElement(By.cssSelector("input[name=totalDays]"));
        days.sendKeys("29");
        order.findElement(By.cssSelector("form[action$='/verlenging'] button")).click();
        WebElement summary = browser.findElement(By.id("foutmeldingen"));
        assertThat(summary.getText()).contains("Een tijdelijk huisverbod duurt ten hoogste 28 dagen vanaf de start.");
        days = browser.findElement(By.cssSelector("#huisverbod-1 input[name=totalDays]"));
        assertThat(days.getAttribute("value")).isEqualTo("29");
        assertThat(days.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id(days.getAttribute("id") + "-fout")).getText())
                .isEqualTo("Een tijdelijk huisverbod duurt ten hoogste 28 dagen vanaf de start.");
        assertThat(browser.findElement(By.cssSelector("#huisverbod-1 .einde")).getText()).isEqualTo(dutch(RestrainingOrders.endAfter(startsAt, 10)));
        Browser.screenshot(browser, "restraining-order-29-days-refused");

        days.clear();
        days.sendKeys("28");
        browser.findElement(By.cssSelector("#huisverbod-1 form[action$='/verlenging'] button")).click();
        awaitUrlEnding("/dossiers/" + dossierId + "/huisverbod");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("De verlenging is vastgelegd.");
        order = browser.findElement(By.id("huisverbod-1"));
        assertThat(order.findElement(By.cssSelector(".einde")).getText()).isEqualTo(dutch(RestrainingOrders.endAfter(startsAt, 28)));
        assertThat(order.findElement(By.cssSelector(".nog")).getText()).isEqualTo("28 dagen");
        assertThat(order.findElement(By.cssSelector(".duur")).getText()).isEqualTo("28 dagen vanaf de start");
        assertThat(order.findElement(By.cssSelector(".verlengd")).getText())
                .isEqualTo("1 keer; het oorspronkelijke einde was " + dutch(RestrainingOrders.endAfter(startsAt, 10)));

        // Veilig Thuis's part during the order.
        order.findElement(By.cssSelector("textarea[name=helpStarted]")).sendKeys("Ambulante hulp voor vader gestart.");
        order.findElement(By.cssSelector("textarea[name=lastingDecisions]")).sendKeys("Veiligheidsplan met moeder en school.");
        submitAndAwaitNewPage(order.findElement(By.cssSelector("form[action$='/veilig-thuis'] button")));
        awaitUrlEnding("/dossiers/" + dossierId + "/huisverbod");
        assertThat(browser.findElement(By.id("huisverbod-1")).getText()).contains("Ambulante hulp voor vader gestart.")
                .contains("Veiligheidsplan met moeder en school.");
        // At the maximum no further extension can be decided, so its form is gone.
        assertThat(browser.findElements(By.cssSelector("#huisverbod-1 form[action$='/verlenging']"))).isEmpty();
        Browser.screenshot(browser, "restraining-order-extended");

        // The other follow-up acts of the dossier are one step away.
        browser.findElement(By.cssSelector("nav.followup-nav")).findElement(By.linkText("AWARE")).click();
        awaitUrlEnding("/dossiers/" + dossierId + "/aware");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("AWARE · dossier");
        Browser.screenshot(browser, "aware-page");
    }

    /** Fills a datetime-local field as the browser's picker would (its typing order depends on the locale). */
    private void dateTime(String id, LocalDateTime value) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value.format(INPUT));
    }

    private static String dutch(Instant instant) {
        return DUTCH.format(instant.atZone(NL));
    }
}
