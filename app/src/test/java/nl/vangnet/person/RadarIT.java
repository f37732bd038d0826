package nl.vangnet.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.DossierOpening;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.NewDossier;
import nl.vangnet.person.NewPerson;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** The radar's matching cases, searched through the API as a case worker would at intake. */
@IntegrationTest
class RadarIT {

    @Autowired MockMvc mvc;
    @Autowired Dossiers dossiers;
    @Autowired DossierOpening opening;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    /** Persons born on dates nobody else in the test database has, each in a dossier assigned to the medewerker. */
    static final LocalDate OZDEMIR = LocalDate.of(1911, 3, 5);
    static final LocalDate BERG = LocalDate.of(1912, 4, 7);
    static final LocalDate JANSSEN = LocalDate.of(1913, 6, 9);
    static final LocalDate VOORBEELD = LocalDate.of(1914, 8, 11);
    static final LocalDate DOUBLE = LocalDate.of(1915, 9, 21);
    static final LocalDate HART = LocalDate.of(1916, 10, 23);
    static String bsn;

    @BeforeEach
    void persons() {
        if (jdbc.sql("SELECT count(*) FROM person WHERE date_of_birth = :d").param("d", OZDEMIR).query(Long.class).single() > 0) {
            return;
        }
        bsn = "999990019";
        SecurityContextHolder.getContext().setAuthentication(TestLogins.authentication(directory, clock, "medewerker"));
        try {
            UUID team = directory.findByUsername("medewerker").orElseThrow().teamIds().iterator().next();
            UUID medewerker = directory.findByUsername("medewerker").orElseThrow().id();
            opening.register(new NewDossier(team, LocalDate.of(2020, 1, 6), List.of(
                    new NewPerson(PersonRole.VICTIM, bsn, "Özdemir", null, "Ayşe", OZDEMIR, "FEMALE", "3511AB", "99", null, null),
                    new NewPerson(PersonRole.ALLEGED_PERPETRATOR, null, "Berg", "van der", "Kees", BERG, "MALE"),
                    new NewPerson(PersonRole.CHILD, null, "Janssen", null, "Daan", JANSSEN, "MALE")), Set.of(medewerker)));
            // A dossier of another team's worker: the medewerker may not open it.
            opening.register(new NewDossier(team, LocalDate.of(2019, 5, 1), List.of(
                    new NewPerson(PersonRole.CHILD, null, "Voorbeeld", null, "Sem", VOORBEELD, "MALE"),
                    new NewPerson(PersonRole.PARENT_OR_CAREGIVER, null, "Jansen-de Vries", null, "Marieke", DOUBLE, "FEMALE"),
                    new NewPerson(PersonRole.OTHER, null, "Hart", "'t", "Johannes Petrus", HART, "MALE")), Set.of()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @ParameterizedTest(name = "\"{0}\" born {1} finds {2}")
    @CsvSource({
            "Ayşe Özdemir, 1911-03-05, Özdemir",          // as registered
            "Ayse Ozdemir, 1911-03-05, Özdemir",          // without diacritics
            "Özdemir Ayşe, 1911-03-05, Özdemir",          // surname first
            "Ozdemr Ayse, 1911-03-05, Özdemir",           // a typing error
            "Kees van der Berg, 1912-04-07, Berg",        // particle written in front
            "'Berg, van der, Kees', 1912-04-07, Berg",    // particle written after the surname
            "Kees Berg, 1912-04-07, Berg",                // particle left out
            "Kees van den Berg, 1912-04-07, Berg",        // the wrong particle
            "Daan Jansen, 1913-06-09, Janssen",           // single s for double s
            "Daan Jnassen, 1913-06-09, Janssen",          // letters swapped
            "Voorbeeld Sem, 1914-08-11, Voorbeeld",       // given name and surname swapped
            "Marieke de Vries, 1915-09-21, Jansen-de Vries", // one part of a double surname
            "Marieke Jansen, 1915-09-21, Jansen-de Vries",
            "Johannes Hart, 1916-10-23, Hart",            // 't left out, one of two given names
            "Ayse Ozdemir, 1911-05-03, Özdemir"})         // day and month of birth swapped
    void theRadarFindsAPersonDespiteHowTheNameIsWritten(String name, LocalDate dateOfBirth, String surname) throws Exception {
        String json = search("name=" + name + "&dateOfBirth=" + dateOfBirth, "demo-medewerker");
        assertThat((List<String>) JsonPath.read(json, "$[*].surname")).as(name).isNotEmpty();
        assertThat((String) JsonPath.read(json, "$[0].surname")).as(name).isEqualTo(surname);
    }

    @Test
    void aDifferentPersonBornTheSameDayIsNotAHit() throws Exception {
        assertThat((List<?>) JsonPath.read(search("name=Mohamed Ali&dateOfBirth=1911-03-05", "demo-medewerker"), "$"))
                .isEmpty();
    }

    @Test
    void anExactNameScoresHigherThanATypo() throws Exception {
        double exact = JsonPath.read(search("name=Ayşe Özdemir&dateOfBirth=1911-03-05", "demo-medewerker"), "$[0].score");
        double typo = JsonPath.read(search("name=Ozdemr Ayse&dateOfBirth=1911-03-05", "demo-medewerker"), "$[0].score");
        double swappedBirth = JsonPath.read(search("name=Ayşe Özdemir&dateOfBirth=1911-05-03", "demo-medewerker"), "$[0].score");
        assertThat(exact).isGreaterThan(typo).isGreaterThan(swappedBirth);
    }

    @Test
    void theRadarFindsByBsnExactlyAndByAddress() throws Exception {
        mvc.perform(get("/api/v1/persons/search").param("bsn", "999990019").header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].surname").value("Özdemir"))
                .andExpect(jsonPath("$[0].score").value(1.0));
        mvc.perform(get("/api/v1/persons/search").param("postcode", "3511 ab").param("houseNumber", "99")
                        .header("Authorization", "Bearer demo-medewerker"))
                .andExpect(jsonPath("$[*].surname", Matchers.hasItem("Özdemir")));
        mvc.perform(get("/api/v1/persons/search").param("bsn", "999990018").header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("bsn"));
        mvc.perform(get("/api/v1/persons/search").param("name", "Ayşe Özdemir").header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("dateOfBirth"));
    }

    @Test
    void aSearchTextLongerThanTheRadarTakesIsRefusedAtItsField() throws Exception {
        mvc.perform(get("/api/v1/persons/search").param("name", "Özdemir".repeat(29)).param("dateOfBirth", "1911-03-05")
                        .header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("name"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value("Ten hoogste 200 tekens."));
        mvc.perform(get("/api/v1/persons/search").param("postcode", "3511 ab").param("houseNumber", "9".repeat(21))
                        .header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("houseNumber"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value("Ten hoogste 20 tekens."));
        mvc.perform(get("/api/v1/persons/search").param("bsn", "1".repeat(21)).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("bsn"));
        mvc.perform(get("/api/v1/persons/search").param("postcode", "3".repeat(21)).param("houseNumber", "99")
                        .header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("postcode"));
    }

    @Test
    void aHitShowsWhereThePersonAppearsButNeverTheContentOfADossierTheSearcherMayNotOpen() throws Exception {
        String mine = search("name=Ayşe Özdemir&dateOfBirth=1911-03-05", "demo-medewerker");
        assertThat((List<Boolean>) JsonPath.read(mine, "$[0].dossiers[*].mayOpen")).containsOnly(true);
        String notMine = search("name=Sem Voorbeeld&dateOfBirth=1914-08-11", "demo-medewerker");
        assertThat((List<Boolean>) JsonPath.read(notMine, "$[0].dossiers[*].mayOpen")).containsOnly(false);
        assertThat((String) JsonPath.read(notMine, "$[0].dossiers[0].status")).isEqualTo("OPEN");
        assertThat(notMine).doesNotContain("concern").doesNotContain("persons");
        // The jurist is consulted on nothing here: sees where, not what.
        String jurist = search("name=Ayşe Özdemir&dateOfBirth=1911-03-05", "demo-jurist");
        assertThat((List<Boolean>) JsonPath.read(jurist, "$[0].dossiers[*].mayOpen")).containsOnly(false);
    }

    @Test
    void everySearchIsLoggedWithThePersonsItFound() throws Exception {
        long before = jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
        String json = search("name=Kees Berg&dateOfBirth=1912-04-07", "demo-medewerker");
        String personId = JsonPath.read(json, "$[0].personId");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM access_log_entry WHERE seq > :s AND action = 'SEARCH' AND actor_name = 'medewerker'
                AND person_ids @> ARRAY[CAST(:p AS uuid)]""").param("s", before).param("p", personId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSearchPageShowsHitsAndKeepsTheQueryWithoutPuttingItInTheUrl() throws Exception {
        var worker = SecurityMockMvcRequestPostProcessors
                .authentication(TestLogins.authentication(directory, clock, "medewerker"));
        mvc.perform(MockMvcRequestBuilders.post("/zoeken/personen")
                        .with(worker).with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("name", "Ayse Ozdemir").param("dateOfBirth", "1911-03-05"))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content().string(
                        Matchers.containsString("Özdemir")))
                .andExpect(MockMvcResultMatchers.content().string(
                        Matchers.containsString("value=\"Ayse Ozdemir\"")));
        mvc.perform(MockMvcRequestBuilders.post("/zoeken/personen")
                        .with(worker).with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("name", "Ayse Ozdemir"))
                .andExpect(status().isBadRequest())
                .andExpect(MockMvcResultMatchers.content().string(
                        Matchers.containsString("Zoek op naam altijd samen met de geboortedatum, het geboortejaar of een leeftijd van-tot.")));
    }

    @Test
    void byNameWithABirthYearTheRadarFindsThePersonRankedBelowTheExactDate() throws Exception {
        String json = search("name=Ayse Ozdemir&birthYear=1911", "demo-medewerker");
        assertThat((String) JsonPath.read(json, "$[0].surname")).isEqualTo("Özdemir");
        double byYear = JsonPath.read(json, "$[0].score");
        double exact = JsonPath.read(search("name=Ayse Ozdemir&dateOfBirth=1911-03-05", "demo-medewerker"), "$[0].score");
        assertThat(byYear).isLessThan(exact);
        // Surname first and a slip in it still finds the double surname within the year.
        assertThat((String) JsonPath.read(search("name=Jansen Marieke&birthYear=1915", "demo-medewerker"), "$[0].surname"))
                .isEqualTo("Jansen-de Vries");
        assertThat((List<?>) JsonPath.read(search("name=Ayse Ozdemir&birthYear=1912", "demo-medewerker"), "$[?(@.surname == 'Özdemir')]"))
                .isEmpty();
    }

    @Test
    void byNameWithAnAgeRangeOnTodaysDateTheRadarFindsThePerson() throws Exception {
        int age = Period.between(JANSSEN, LocalDate.now(clock.withZone(DutchTime.ZONE))).getYears();
        String json = search("name=Daan Janssen&ageFrom=" + (age - 2) + "&ageTo=" + (age + 2), "demo-medewerker");
        assertThat((String) JsonPath.read(json, "$[0].surname")).isEqualTo("Janssen");
        // One year older than he is today: not in the range.
        assertThat((List<?>) JsonPath.read(search("name=Daan Janssen&ageFrom=" + (age + 1) + "&ageTo=" + (age + 3),
                "demo-medewerker"), "$[?(@.surname == 'Janssen')]")).isEmpty();
    }

    @Test
    void aDateOfBirthADayOffFindsThePersonRankedBelowTheSameNameOnTheExactDate() throws Exception {
        String surname = TestData.uniqueSurname("Dagernaast");
        LocalDate born = LocalDate.of(1917, 2, 20);
        register(new NewPerson(PersonRole.CHILD, null, surname, null, "Noor", born, "FEMALE"),
                new NewPerson(PersonRole.CHILD, null, surname, null, "Noor", born.plusDays(1), "FEMALE"));
        String json = search("name=Noor " + surname + "&dateOfBirth=" + born, "demo-medewerker");
        assertThat((List<String>) JsonPath.read(json, "$[*].dateOfBirth")).containsExactly(born.toString(), born.plusDays(1).toString());
        assertThat((Double) JsonPath.read(json, "$[0].score")).isGreaterThan(JsonPath.read(json, "$[1].score"));
        // Typed a day too early, the person is still found.
        assertThat((List<String>) JsonPath.read(search("name=Noor " + surname + "&dateOfBirth=" + born.minusDays(1),
                "demo-medewerker"), "$[*].dateOfBirth")).containsExactly(born.toString());
    }

    @Test
    void aBirthYearOrAgeTheRadarCannotTakeIsRefusedInDutchAtItsField() throws Exception {
        refused("name=Ayse Ozdemir&birthYear=1899", "birthYear", "Geef een geboortejaar tussen 1900 en");
        refused("name=Ayse Ozdemir&ageFrom=10&ageTo=30", "ageTo", "Zoek met een leeftijd van hoogstens 10 jaar breed.");
        refused("name=Ayse Ozdemir&ageFrom=14&ageTo=10", "ageTo", "De leeftijd tot is lager dan de leeftijd van.");
        refused("name=Ayse Ozdemir&ageFrom=121", "ageFrom", "Geef een leeftijd van 0 tot en met 120 jaar.");
        refused("name=Ayse Ozdemir&birthYear=1911&dateOfBirth=1911-03-05", "birthYear", "niet met beide");
        refused("name=Ayse Ozdemir&birthYear=negentien", "birthYear", "");
    }

    @Test
    void theSearchPageFindsByBirthYearAndLinksAHitToTheDossierOnlyWhenTheSearcherMayOpenIt() throws Exception {
        var worker = SecurityMockMvcRequestPostProcessors
                .authentication(TestLogins.authentication(directory, clock, "medewerker"));
        String page = mvc.perform(MockMvcRequestBuilders.post("/zoeken/personen")
                        .with(worker).with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("name", "Ayse Ozdemir").param("birthYear", "1911"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Özdemir").contains("value=\"1911\"").containsPattern("href=\"/dossiers/[0-9a-f-]{36}\"");
        String notMine = mvc.perform(MockMvcRequestBuilders.post("/zoeken/personen")
                        .with(worker).with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("name", "Sem Voorbeeld").param("birthYear", "1914"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(notMine).contains("Voorbeeld").doesNotContainPattern("href=\"/dossiers/[0-9a-f-]{36}\"");
        mvc.perform(MockMvcRequestBuilders.post("/zoeken/personen")
                        .with(worker).with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("name", "Ayse Ozdemir").param("birthYear", "negentien"))
                .andExpect(status().isBadRequest())
                .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("Geef het geboortejaar in vier cijfers")));
    }

    void refused(String query, String field, String reason) throws Exception {
        var request = get("/api/v1/persons/search").header("Authorization", "Bearer demo-medewerker");
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            request.param(kv[0], kv[1]);
        }
        mvc.perform(request).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value(field))
                .andExpect(jsonPath("$.invalidParams[0].reason").value(Matchers.containsString(reason)));
    }

    void register(NewPerson... persons) {
        SecurityContextHolder.getContext().setAuthentication(TestLogins.authentication(directory, clock, "medewerker"));
        try {
            UUID team = directory.findByUsername("medewerker").orElseThrow().teamIds().iterator().next();
            UUID medewerker = directory.findByUsername("medewerker").orElseThrow().id();
            opening.register(new NewDossier(team, LocalDate.of(2021, 1, 6), List.of(persons), Set.of(medewerker)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    String search(String query, String token) throws Exception {
        var request = get("/api/v1/persons/search").header("Authorization", "Bearer " + token);
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            request.param(kv[0], kv[1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
