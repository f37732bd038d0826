package nl.vangnet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

@IntegrationTest
class ReportApiIT {

    static String example(String bsn, String surname) {
        return nl.vangnet.support.TestData.exampleReport(bsn, surname);
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired nl.vangnet.staff.StaffDirectory directory;

    ResultActions post(String path, String token, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void theRequiredExampleIsRegisteredAsAFirstReportToVerifyWithItsDeadline() throws Exception {
        String surname = unique("Voorbeeld");
        String body = post("/api/v1/reports", "demo-medewerker", example(bsn(), surname))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/reports/")))
                .andExpect(jsonPath("$.status").value("TO_VERIFY"))
                .andExpect(jsonPath("$.classification").value("FIRST_REPORT"))
                // Received Thursday 30 April 2026: 1 May, 4 May, (5 May holiday), 6, 7, 8 May.
                .andExpect(jsonPath("$.assessmentDue").value("2026-05-08"))
                .andExpect(jsonPath("$.persons.length()").value(2))
                .andExpect(jsonPath("$.persons[0].personId").isNotEmpty())
                .andExpect(jsonPath("$.dossierId").isNotEmpty())
                .andExpect(jsonPath("$.transferTo").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/reports/" + id).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reporter.name").value("A. Voorbeeld"));
        String dossierId = JsonPath.read(body, "$.dossierId");
        mvc.perform(get("/api/v1/dossiers/" + dossierId).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assignedWorkers", hasItem("Mila de Medewerker")));
        // The dossier page lists the report.
        mvc.perform(get("/dossiers/" + dossierId).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.authentication(TestLogins.authentication(directory, clock, "medewerker"))))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content()
                        .string(containsString("href=\"/meldingen/" + id + "\"")))
                .andExpect(MockMvcResultMatchers.content()
                        .string(containsString("Te verifiëren, Eerste melding")));
    }

    @Test
    void verifyingWithTheReporterMovesTheReportToTheAssessmentOnce() throws Exception {
        String id = register("demo-medewerker", example(bsn(), unique("Verificatie")));
        post("/api/v1/reports/" + id + "/verification", "demo-medewerker",
                "{\"with\":\"A. Voorbeeld (melder)\",\"how\":\"telefonisch\",\"changes\":\"geboortedatum Sem gecorrigeerd\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_ASSESSMENT"))
                .andExpect(jsonPath("$.verification.with").value("A. Voorbeeld (melder)"))
                .andExpect(jsonPath("$.verification.verifiedBy").value("Mila de Medewerker"));
        post("/api/v1/reports/" + id + "/verification", "demo-medewerker", "{\"with\":\"melder\",\"how\":\"telefonisch\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Deze melding is al geverifieerd met de melder."));
        post("/api/v1/reports/" + id + "/reporter-informed", "demo-medewerker", "{\"how\":\"telefonisch\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.treatmentInformed.informedBy").value("Mila de Medewerker"));
    }

    @Test
    void anAcuteReportIsDueWithin24Hours() throws Exception {
        String json = example(bsn(), unique("Acuut")).replace("\"acuteDanger\":false", "\"acuteDanger\":true");
        post("/api/v1/reports", "demo-medewerker", json).andExpect(status().isCreated())
                .andExpect(jsonPath("$.acute").value(true))
                .andExpect(jsonPath("$.assessmentDue").value("2026-05-01T10:15+02:00"));
    }

    @Test
    void aSecondReportWhileTheDossierIsOpenIsAFollowUpInTheSameDossier() throws Exception {
        String bsn = bsn();
        String surname = unique("Vervolg");
        String first = register("demo-medewerker", example(bsn, surname));
        String second = post("/api/v1/reports", "demo-medewerker", example(bsn, surname))
                .andExpect(jsonPath("$.classification").value("FOLLOW_UP_REPORT"))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(second, "$.dossierId")).isEqualTo(dossierOf(first));
    }

    @Test
    void aPersonKnownFromAClosedDossierMakesARepeatReportShowingTheEarlierDossier() throws Exception {
        String surname = unique("Herhaald");
        String first = register("demo-medewerker", example(bsn(), surname));
        jdbc.sql("UPDATE dossier SET status = 'CLOSED', closed_on = current_date, closed_reason = 'Afgerond' WHERE id = :id")
                .param("id", UUID.fromString(dossierOf(first))).update();
        // Same surname and date of birth, no BSN this time.
        String json = example("", surname).replace("\"bsn\":\"\",", "").replace("\"dateOfBirth\":\"2017-03-01\"}",
                "\"dateOfBirth\":\"2017-03-01\",\"postcode\":\"3511AB\",\"houseNumber\":\"12\"}");
        post("/api/v1/reports", "demo-medewerker", json)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.classification").value("REPEAT_REPORT"))
                .andExpect(jsonPath("$.earlierDossiers[0].dossierId").value(dossierOf(first)))
                .andExpect(jsonPath("$.dossierId").value(Matchers.not(dossierOf(first))));
    }

    @Test
    void theSameIdempotencyKeyNeverCreatesASecondReport() throws Exception {
        long before = reports();
        String key = UUID.randomUUID().toString();
        String json = example(bsn(), unique("Dubbel"));
        String first = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports")
                .header("Authorization", "Bearer demo-medewerker").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports")
                        .header("Authorization", "Bearer demo-medewerker").header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk()).andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.id").value((String) JsonPath.read(first, "$.id")));
        assertThat(reports()).isEqualTo(before + 1);
    }

    @Test
    void aReceivedAtInTheFutureIsRefusedAndNothingIsStored() throws Exception {
        long reports = reports();
        long persons = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
        String future = OffsetDateTime.now(clock).plusDays(1).toString();
        post("/api/v1/reports", "demo-medewerker", example(bsn(), unique("Toekomst")).replace("2026-04-30T10:15:00+02:00", future))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("receivedAt"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value("Het tijdstip van binnenkomst ligt in de toekomst."));
        assertThat(reports()).isEqualTo(reports);
        assertThat(jdbc.sql("SELECT count(*) FROM person").query(Long.class).single()).isEqualTo(persons);
    }

    @Test
    void aBsnThatFailsTheElfproefIsRefused() throws Exception {
        post("/api/v1/reports", "demo-medewerker", example("111222334", unique("Elfproef")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("persons[0].bsn"))
                .andExpect(jsonPath("$.detail").value(containsString("persons[0].bsn")));
    }

    @Test
    void aPersonWithoutBsnNeedsTheWmoFieldsOrAReason() throws Exception {
        String json = example(bsn(), unique("Zonder")).replace(",\"postcode\":\"3511AB\",\"houseNumber\":\"12\"}", "}")
                .replace("\"dateOfBirth\":\"1985-06-12\"", "\"givenNames\":null")
                .replace("\"household\":{\"postcode\":\"3511AB\",\"houseNumber\":\"12\",", "\"household\":{");
        post("/api/v1/reports", "demo-medewerker", json).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("persons[1]"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value(containsString("Wmo 2015 art. 5.2.9")));
        String withReason = json.replace("\"role\":\"ALLEGED_PERPETRATOR\",",
                "\"role\":\"ALLEGED_PERPETRATOR\",\"identificationMissingReason\":\"Melder kent alleen de voornaam.\",");
        post("/api/v1/reports", "demo-medewerker", withReason).andExpect(status().isCreated());
    }

    @Test
    void aProfessionalStaysAnonymousOnlyWithASafetyReason() throws Exception {
        String json = example(bsn(), unique("Anoniem")).replace("\"anonymous\":false", "\"anonymous\":true");
        post("/api/v1/reports", "demo-medewerker", json).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("reporter.anonymitySafetyReason"));
        String withReason = json.replace("\"anonymous\":true",
                "\"anonymous\":true,\"anonymitySafetyReason\":\"De vader heeft de leerkracht bedreigd.\"");
        String id = register("demo-medewerker", withReason);
        // Who reported is visible to the assigned worker, not to the teamleider (not assigned).
        mvc.perform(get("/api/v1/reports/" + id).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(jsonPath("$.reporter.name").value("A. Voorbeeld"));
        mvc.perform(get("/api/v1/reports/" + id).header("Authorization", "Bearer demo-teamleider"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reporter.identityHidden").value(true))
                .andExpect(jsonPath("$.reporter.name").doesNotExist())
                .andExpect(jsonPath("$.reporter.anonymitySafetyReason").doesNotExist());
    }

    @Test
    void aPrivateAnonymousReporterNeedsTheRecordedAssessment() throws Exception {
        String json = example(bsn(), unique("Buur")).replace(
                "{\"type\":\"PROFESSIONAL\",\"category\":\"EDUCATION\",\"name\":\"A. Voorbeeld\",\"organisation\":\"Basisschool De Voorbeeld\",\"phone\":\"0301234567\",\"anonymous\":false}",
                "{\"type\":\"PRIVATE\",\"anonymous\":true}");
        post("/api/v1/reports", "demo-medewerker", json).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("reporter.anonymityAssessment"));
    }

    @Test
    void aHouseholdInAnotherRegionIsFlaggedForTransfer() throws Exception {
        String json = example(bsn(), unique("Amsterdam")).replace("GM0344", "GM0363");
        post("/api/v1/reports", "demo-medewerker", json).andExpect(status().isCreated())
                .andExpect(jsonPath("$.transferTo.code").value("VT01"))
                .andExpect(jsonPath("$.transferTo.name").value("Amsterdam-Amstelland"))
                .andExpect(jsonPath("$.household.municipalityName").value("Amsterdam"));
    }

    @Test
    void aPlaceNameIsResolvedToItsMunicipalityAndAnAmbiguousOneAsksWhich() throws Exception {
        String json = example(bsn(), unique("Plaats")).replace("\"municipalityCode\":\"GM0344\"", "\"placeName\":\"Maarssen\"");
        post("/api/v1/reports", "demo-medewerker", json).andExpect(status().isCreated())
                .andExpect(jsonPath("$.household.municipalityName").value("Stichtse Vecht"));
        post("/api/v1/reports", "demo-medewerker", json.replace("Maarssen", "Achterveld"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("household.placeName"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value(containsString("Kies de gemeente")));
    }

    @Test
    void anExOfficioReportHasNoReporter() throws Exception {
        String json = example(bsn(), unique("Ambtshalve")).replaceFirst("\"reporter\":\\{[^}]*},", "\"exOfficio\":true,");
        post("/api/v1/reports", "demo-medewerker", json).andExpect(status().isCreated())
                .andExpect(jsonPath("$.exOfficio").value(true)).andExpect(jsonPath("$.reporter").doesNotExist());
    }

    @Test
    void onlyEntitledWorkersReadAReportAndOnlyIntakeRolesRegister() throws Exception {
        String id = register("demo-medewerker", example(bsn(), unique("Toegang")));
        mvc.perform(get("/api/v1/reports/" + id).header("Authorization", "Bearer demo-jurist")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/" + id).header("Authorization", "Bearer demo-applicatiebeheer"))
                .andExpect(status().isForbidden());
        post("/api/v1/reports", "demo-fg", example(bsn(), unique("Fg"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/" + UUID.randomUUID()).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isNotFound());
    }

    @Test
    void invalidEnumValuesAndMissingFieldsAreNamed() throws Exception {
        post("/api/v1/reports", "demo-medewerker", "{\"channel\":\"TELEGRAM\",\"persons\":[],\"violenceTypes\":[\"KWAAD\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("receivedAt")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("channel")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("reporter")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("persons")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("violenceTypes")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("concern")));
        post("/api/v1/reports", "demo-medewerker", "{niet json").andExpect(status().isBadRequest());
    }

    String register(String token, String json) throws Exception {
        return JsonPath.read(post("/api/v1/reports", token, json).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    String dossierOf(String reportId) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/reports/" + reportId).header("Authorization", "Bearer demo-medewerker"))
                .andReturn().getResponse().getContentAsString(), "$.dossierId");
    }

    long reports() {
        return jdbc.sql("SELECT count(*) FROM report").query(Long.class).single();
    }

    static String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    static String bsn() {
        return TestData.randomBsn();
    }
}
