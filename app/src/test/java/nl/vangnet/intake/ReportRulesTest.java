package nl.vangnet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.platform.InvalidInputException;
import nl.vangnet.region.Municipality;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffKind;
import nl.vangnet.staff.StaffPrincipal;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What a report must hold before it is registered, checked without a database. */
class ReportRulesTest {

    static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    static final UUID TEAM = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID OTHER_TEAM = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final StaffPrincipal WORKER = new StaffPrincipal(UUID.randomUUID(), "medewerker", "Medewerker",
            StaffKind.PERSON, Set.of(Role.CASE_WORKER), Set.of(TEAM), 0, NOW, null);
    static final Municipality UTRECHT = new Municipality("GM0344", "Utrecht", "Utrecht", "VR09", "Utrecht");
    static final Municipality BUNNIK = new Municipality("GM0312", "Bunnik", "Utrecht", "VR09", "Utrecht");

    /** Utrecht by code; "Odijk" is in Bunnik; "Vleuten" would be in two municipalities (made up for the rule). */
    static final ReportRules.Lookups LOOKUPS = new ReportRules.Lookups() {
        @Override
        public Optional<Municipality> municipality(String code) {
            return Optional.ofNullable(Map.of("GM0344", UTRECHT, "GM0312", BUNNIK).get(code));
        }

        @Override
        public List<Municipality> resolvePlace(String placeName) {
            return switch (placeName) {
                case "Odijk" -> List.of(BUNNIK);
                case "Vleuten" -> List.of(UTRECHT, BUNNIK);
                default -> List.of();
            };
        }

        @Override
        public List<UUID> teams() {
            return List.of(TEAM, OTHER_TEAM);
        }

        @Override
        public Optional<UUID> adviceRequestTeam(UUID adviceRequestId) {
            return Optional.of(OTHER_TEAM);
        }
    };

    static ReportInput report(String json) {
        return JsonMapper.builder().build().readValue(json, ReportInput.class);
    }

    static String example() {
        return TestData.exampleReport("111222333", "Jansen");
    }

    static Map<String, String> problems(String json) {
        try {
            ReportRules.validate(report(json), WORKER, NOW, LOOKUPS);
            throw new AssertionError("accepted");
        } catch (InvalidInputException e) {
            return e.byField();
        }
    }

    @Test
    void aCompleteReportIsValidForTheWorkersOwnTeam() {
        ReportRules.ValidReport valid = ReportRules.validate(report(example()), WORKER, NOW, LOOKUPS);
        assertThat(valid.teamId()).isEqualTo(TEAM);
        assertThat(valid.municipality()).isEqualTo(UTRECHT);
        assertThat(valid.persons()).hasSize(2);
        assertThat(valid.violenceTypes()).containsExactly(ViolenceType.CHILD_ABUSE);
    }

    @Test
    void aProfessionalStaysAnonymousOnlyWithAReasonOfTheirOwnSafety() {
        assertThat(problems(example().replace("\"anonymous\":false", "\"anonymous\":true")))
                .containsOnlyKeys("reporter.anonymitySafetyReason");
    }

    @Test
    void anExOfficioReportHasNoReporter() {
        assertThat(problems(example().replace("\"channel\":\"PHONE\",", "\"channel\":\"PHONE\",\"exOfficio\":true,")))
                .containsOnlyKeys("reporter");
    }

    @Test
    void withoutABsnAPersonNeedsTheWmoIdentificationOrWhyItIsUnknown() {
        String withoutAddress = example().replace(",\"postcode\":\"3511AB\",\"houseNumber\":\"12\"}", "}")
                .replace("\"household\":{\"street\":\"Dorpsstraat\",\"postcode\":\"3511AB\",\"houseNumber\":\"12\",\"municipalityCode\":\"GM0344\"}",
                        "\"household\":{\"municipalityCode\":\"GM0344\"}");
        assertThat(problems(withoutAddress)).containsOnlyKeys("persons[1]");
    }

    @Test
    void aPlaceNameInMoreMunicipalitiesAsksWhichOne() {
        String json = example().replace("\"municipalityCode\":\"GM0344\"", "\"placeName\":\"Vleuten\"");
        assertThat(problems(json)).containsOnlyKeys("household.placeName");
        assertThat(problems(json).get("household.placeName")).contains("Utrecht (GM0344)", "Bunnik (GM0312)");
        assertThat(ReportRules.validate(report(example().replace("\"municipalityCode\":\"GM0344\"", "\"placeName\":\"Odijk\"")),
                WORKER, NOW, LOOKUPS).municipality()).isEqualTo(BUNNIK);
    }

    @Test
    void aWorkerRegistersForTheirOwnTeamOnly() {
        assertThat(problems(example().replace("\"acuteDanger\":false", "\"acuteDanger\":false,\"teamId\":\"" + OTHER_TEAM + "\"")))
                .containsOnlyKeys("teamId");
    }

    @Test
    void aReportLinksAnAdviceRequestOfItsOwnTeamOnly() {
        assertThat(problems(example().replace("\"acuteDanger\":false",
                "\"acuteDanger\":false,\"adviceRequestId\":\"" + UUID.randomUUID() + "\""))).containsOnlyKeys("adviceRequestId");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertThat(problems("{\"channel\":\"PIGEON\",\"persons\":[],\"violenceTypes\":[]}"))
                .containsKeys("channel", "reporter", "persons", "violenceTypes", "concern");
    }
}
