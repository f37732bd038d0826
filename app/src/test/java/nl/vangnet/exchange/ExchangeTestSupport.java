package nl.vangnet.exchange;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.DossierOpening;
import nl.vangnet.dossier.NewDossier;
import nl.vangnet.person.NewPerson;
import nl.vangnet.person.PersonRole;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** What the exchange tests share: calls as a demo user, another team's dossier, counts in the register and the log. */
final class ExchangeTestSupport {

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    ExchangeTestSupport(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    ResultActions post(String path, String token, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions get(String path, String token) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).header("Authorization", "Bearer " + token));
    }

    /** The household of the dossier moves to this municipality (a correction by the worker on the case). */
    void moveHousehold(String dossierId, String municipalityCode) throws Exception {
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/dossiers/" + dossierId + "/household")
                        .header("Authorization", "Bearer demo-medewerker").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"municipalityCode\":\"" + municipalityCode + "\",\"reason\":\"Het gezin is verhuisd.\"}"))
                .andExpect(status().isOk());
    }

    /** A dossier of a team the demo medewerker is not in, with a child (with a BSN). */
    static UUID dossierOfAnotherTeam(DossierOpening opening, StaffDirectory directory, MutableClock clock) {
        UUID team = directory.createTeam("Team Elders " + UUID.randomUUID().toString().substring(0, 8)).id();
        return TestLogins.as(directory, clock, "medewerker", () -> opening.register(new NewDossier(team,
                LocalDate.of(2026, 1, 5), List.of(new NewPerson(PersonRole.CHILD, TestData.randomBsn(),
                        TestData.uniqueSurname("Elders"), null, "Sem", LocalDate.of(2017, 3, 1), null)), Set.of())));
    }

    long disclosures(String dossierId, String ground) {
        return jdbc.sql("SELECT count(*) FROM disclosure WHERE dossier_id = CAST(:d AS uuid) AND legal_ground = :g")
                .param("d", dossierId).param("g", ground).query(Long.class).single();
    }

    long disclosuresAbout(String personId, String ground) {
        return jdbc.sql("""
                SELECT count(*) FROM disclosure d JOIN disclosure_person p ON p.disclosure_id = d.id
                WHERE p.person_id = CAST(:p AS uuid) AND d.legal_ground = :g""")
                .param("p", personId).param("g", ground).query(Long.class).single();
    }

    long allDisclosures() {
        return jdbc.sql("SELECT count(*) FROM disclosure").query(Long.class).single();
    }

    long lastSeq() {
        return jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
    }

    long deniedOn(UUID dossierId, long after) {
        return jdbc.sql("SELECT count(*) FROM access_log_entry WHERE seq > :s AND outcome = 'DENIED' AND :d = ANY (dossier_ids)")
                .param("s", after).param("d", dossierId).query(Long.class).single();
    }
}
