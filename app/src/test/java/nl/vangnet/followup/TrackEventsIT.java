package nl.vangnet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.support.Cases;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A track's start and its transitions are published as {@link TrackStarted} and {@link TrackTransitioned}; the durable
 * {@link TrackMetrics} listener counts them after the commit, and the registry records its publications as completed.
 */
@IntegrationTest
class TrackEventsIT {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired MockMvc mvc;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;

    record Publication(String listener, String event, boolean completed) {
    }

    @Test
    void aHandoverTrackPublishesItsStartAndItsEndWhichTheMetricsCountAfterTheCommit() throws Exception {
        double started = count("vangnet.tracks.started");
        double finished = count("vangnet.tracks.finished");
        Cases cases = new Cases(mvc, directory, clock);
        Cases.Case c = cases.decided("HANDOVER");
        String d = "/api/v1/dossiers/" + c.dossierId();
        cases.post(d + "/handover", "demo-medewerker", "{\"heldOn\":\"" + cases.today()
                        + "\",\"contactPerson\":\"Anna de Vries\",\"what\":\"De zorgen en het plan van het buurtteam.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FINISHED"));
        // Refused (the track has ended): the request stores nothing, so it publishes nothing either.
        cases.post(d + "/handover", "demo-medewerker", "{}").andExpect(status().isConflict());

        await().atMost(PATIENCE).until(() -> {
            List<Publication> publications = publications(c.dossierId());
            return publications.size() == 2 && publications.stream().allMatch(Publication::completed);
        });
        assertThat(publications(c.dossierId())).extracting(Publication::listener).containsExactlyInAnyOrder(
                "nl.vangnet.followup.TrackMetrics.onStarted(nl.vangnet.followup.TrackStarted)",
                "nl.vangnet.followup.TrackMetrics.onTransitioned(nl.vangnet.followup.TrackTransitioned)");
        assertThat(publications(c.dossierId())).extracting(Publication::event)
                .anySatisfy(e -> assertThat(e).contains("\"kind\":\"HANDOVER\"").contains("\"startedOn\":\"" + cases.today() + "\""))
                .anySatisfy(e -> assertThat(e).contains("\"kind\":\"HANDOVER\"").contains("\"status\":\"FINISHED\""));
        // The listener completed both: the counters include this track (others may have counted meanwhile).
        assertThat(count("vangnet.tracks.started")).isGreaterThanOrEqualTo(started + 1);
        assertThat(count("vangnet.tracks.finished")).isGreaterThanOrEqualTo(finished + 1);
    }

    private double count(String name) {
        var counter = meters.find(name).tag("kind", "HANDOVER").counter();
        return counter == null ? 0 : counter.count();
    }

    /** The registry's track publications about one dossier (the serialized event holds its id). */
    private List<Publication> publications(String dossierId) {
        return jdbc.sql("""
                        SELECT listener_id, serialized_event, completion_date IS NOT NULL FROM event_publication
                        WHERE event_type IN ('nl.vangnet.followup.TrackStarted', 'nl.vangnet.followup.TrackTransitioned')
                          AND serialized_event LIKE :d""")
                .param("d", "%" + dossierId + "%")
                .query((rs, n) -> new Publication(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }
}
