package nl.vangnet.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AccessLogEntryTest {

    static final UUID DOSSIER = UUID.fromString("00000000-0000-0000-0000-000000000001");

    static AccessLogEntry entry() {
        return new AccessLogEntry(0, Instant.parse("2026-11-23T10:15:30.123456Z"), UUID.randomUUID(), "medewerker",
                "PERSON", null, "CASE_WORKER", AccessAction.READ, List.of(DOSSIER), List.of(), null, "10.0.0.1",
                AccessOutcome.ALLOWED, "req-1", null, null).chainedTo(7, AccessLogEntry.GENESIS_HASH);
    }

    @Test
    void theHashIsSha256OverThePreviousHashAndTheCanonicalForm() {
        AccessLogEntry e = entry();
        assertThat(e.hash()).matches("[0-9a-f]{64}").isEqualTo(e.computeHash());
        assertThat(e.chainedTo(7, "1".repeat(64)).hash()).isNotEqualTo(e.hash());
    }

    static Stream<UnaryOperator<AccessLogEntry>> everyFieldChange() {
        return Stream.of(
                e -> copy(e, 8, e.actorName(), e.reason(), e.dossierIds(), e.occurredAt()),
                e -> copy(e, e.seq(), "iemand-anders", e.reason(), e.dossierIds(), e.occurredAt()),
                e -> copy(e, e.seq(), e.actorName(), "reden", e.dossierIds(), e.occurredAt()),
                e -> copy(e, e.seq(), e.actorName(), e.reason(), List.of(), e.occurredAt()),
                e -> copy(e, e.seq(), e.actorName(), e.reason(), e.dossierIds(), e.occurredAt().plusNanos(1000)));
    }

    @ParameterizedTest
    @MethodSource("everyFieldChange")
    void changingAnyFieldChangesTheHash(UnaryOperator<AccessLogEntry> change) {
        AccessLogEntry original = entry();
        AccessLogEntry changed = change.apply(original);
        assertThat(changed.computeHash()).isNotEqualTo(original.hash());
    }

    @Test
    void anEmptyValueAndAMissingValueHaveDifferentForms() {
        AccessLogEntry e = entry();
        assertThat(copy(e, e.seq(), e.actorName(), "", e.dossierIds(), e.occurredAt()).canonicalForm())
                .isNotEqualTo(copy(e, e.seq(), e.actorName(), null, e.dossierIds(), e.occurredAt()).canonicalForm());
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        AccessLogEntry e = entry();
        AccessLogEntry a = copy(e, e.seq(), "ab", "c", e.dossierIds(), e.occurredAt());
        AccessLogEntry b = copy(e, e.seq(), "a", "bc", e.dossierIds(), e.occurredAt());
        assertThat(a.canonicalForm()).isNotEqualTo(b.canonicalForm());
    }

    private static AccessLogEntry copy(AccessLogEntry e, long seq, String actorName, String reason, List<UUID> dossiers,
            Instant at) {
        return new AccessLogEntry(seq, at, e.actorId(), actorName, e.actorKind(), e.onBehalfOf(), e.roleUsed(),
                e.action(), dossiers, e.personIds(), reason, e.clientIp(), e.outcome(), e.requestId(), e.prevHash(),
                e.hash());
    }
}
