package nl.vangnet.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The accesses of one transaction to the same dossier are logged as one entry, under the weightiest action. */
class OneEntryPerDossierPerTransactionTest {

    static final UUID DOSSIER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID CHILD = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

    static AccessLogEntry entry(AccessAction action, List<UUID> persons, String reason) {
        return new AccessLogEntry(0, Instant.parse("2026-11-23T10:15:30Z"), null, "medewerker", "PERSON", null,
                "CASE_WORKER", action, List.of(DOSSIER), persons, reason, null, AccessOutcome.ALLOWED, "req-1", null, null);
    }

    @Test
    void aDisclosureOutweighsTheUpdateThatCameWithItSoAHandoverIsLoggedAsTheDisclosureItIs() {
        List<AccessLogEntry> merged = AccessLog.coalesce(List.of(entry(AccessAction.UPDATE, List.of(), null),
                entry(AccessAction.DISCLOSE, List.of(CHILD), "Verstrekt aan Buurtteam (grondslag CARE_PROVIDER_DIRECTLY_INVOLVED)")));
        assertThat(merged).hasSize(1);
        assertThat(merged.getFirst().action()).isEqualTo(AccessAction.DISCLOSE);
        assertThat(merged.getFirst().personIds()).containsExactly(CHILD);
        assertThat(merged.getFirst().reason()).startsWith("Verstrekt aan Buurtteam");
    }

    @Test
    void anEmergencyAccessStillOutweighsEverything() {
        List<AccessLogEntry> merged = AccessLog.coalesce(List.of(entry(AccessAction.DISCLOSE, List.of(), "x"),
                entry(AccessAction.EMERGENCY_ACCESS, List.of(), "nood")));
        assertThat(merged.getFirst().action()).isEqualTo(AccessAction.EMERGENCY_ACCESS);
    }
}
