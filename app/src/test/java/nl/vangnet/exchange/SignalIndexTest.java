package nl.vangnet.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rule: a child in Flevoland is signalled to ESAR, any other child to the VIR; a signal is only for a child. */
class SignalIndexTest {

    @Test
    void flevolandSignalsToEsar() {
        assertThat(SignalIndex.forProvince("Flevoland")).isEqualTo(SignalIndex.ESAR);
        assertThat(SignalIndex.forProvince(" flevoland ")).isEqualTo(SignalIndex.ESAR);
    }

    @Test
    void everyOtherProvinceAndAnUnknownOneSignalsToTheVir() {
        assertThat(SignalIndex.forProvince("Utrecht")).isEqualTo(SignalIndex.VIR);
        assertThat(SignalIndex.forProvince("Gelderland")).isEqualTo(SignalIndex.VIR);
        assertThat(SignalIndex.forProvince(null)).isEqualTo(SignalIndex.VIR);
        assertThat(SignalIndex.VIR.recipient()).isEqualTo("Verwijsindex risicojongeren (VIR)");
    }

    @Test
    void aPersonIsAChildUntilTheirEighteenthBirthday() {
        LocalDate born = LocalDate.of(2008, 5, 11);
        assertThat(VirSignals.isChild(born, LocalDate.of(2026, 5, 10))).isTrue();
        assertThat(VirSignals.isChild(born, LocalDate.of(2026, 5, 11))).isFalse();
        assertThat(VirSignals.isChild(LocalDate.of(2017, 3, 1), LocalDate.of(2026, 5, 11))).isTrue();
    }
}
