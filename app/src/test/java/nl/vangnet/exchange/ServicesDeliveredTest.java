package nl.vangnet.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vangnet.dossier.DossierTracks;
import org.junit.jupiter.api.Test;

/** Rule: which services a household received in a period, for the billing export. */
class ServicesDeliveredTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);

    static DossierTracks.Track track(String kind, LocalDate started, LocalDate finished) {
        return new DossierTracks.Track(UUID.randomUUID(), kind, "X", started, null, finished, List.of(), null);
    }

    @Test
    void aSafetyAssessmentConfirmedInThePeriodCountsOneConfirmedOutsideItDoesNot() {
        assertThat(ServicesDelivered.in(FROM, TO, List.of(LocalDate.of(2026, 3, 2)), List.of(), List.of()))
                .containsExactly("veiligheidsbeoordeling");
        assertThat(ServicesDelivered.in(FROM, TO, List.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 7, 1)), List.of(), List.of()))
                .isEmpty();
        assertThat(ServicesDelivered.in(FROM, TO, List.of(FROM, TO), List.of(), List.of())).containsExactly("veiligheidsbeoordeling");
    }

    @Test
    void aTrackCountsWhenItRanForAtLeastOneDayOfThePeriod() {
        assertThat(ServicesDelivered.in(FROM, TO, List.of(), List.of(
                track("INVESTIGATION", LocalDate.of(2025, 11, 1), null),
                track("CONDITIONS_AND_FOLLOW_UP", LocalDate.of(2025, 6, 1), FROM),
                track("HANDOVER", TO, null)), List.of()))
                .containsExactly("overdracht", "voorwaarden en monitoring", "onderzoek");
    }

    @Test
    void aTrackFinishedBeforeOrStartedAfterThePeriodDoesNotCount() {
        assertThat(ServicesDelivered.in(FROM, TO, List.of(), List.of(
                track("INVESTIGATION", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31)),
                track("RESTRAINING_ORDER", LocalDate.of(2026, 7, 1), null)), List.of())).isEmpty();
    }

    @Test
    void crisisInterventionsRestrainingOrdersAndAwareEachCountOnceInTheOrderOfTheProcess() {
        assertThat(ServicesDelivered.in(FROM, TO, List.of(FROM), List.of(
                track("AWARE", LocalDate.of(2026, 2, 1), null),
                track("RESTRAINING_ORDER", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 11)),
                track("RVDK_INVESTIGATION_REQUEST", LocalDate.of(2026, 2, 1), null),
                track("CRISIS_INTERVENTION", LocalDate.of(2026, 2, 1), null)),
                List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 1))))
                .containsExactly("veiligheidsbeoordeling", "verzoek tot onderzoek aan de Raad voor de Kinderbescherming",
                        "crisisinterventie", "tijdelijk huisverbod", "AWARE");
    }

    @Test
    void nothingDeliveredIsNoService() {
        assertThat(ServicesDelivered.in(FROM, TO, List.of(), List.of(), List.of(LocalDate.of(2027, 1, 1)))).isEmpty();
    }
}
