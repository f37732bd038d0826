package nl.vangnet.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vangnet.dossier.DossierView;
import nl.vangnet.person.PersonRole;
import org.junit.jupiter.api.Test;

/** The rule that a household text given to one person holds nothing that identifies another person or the reporter. */
class OthersLeftOutTest {

    static final DossierView.InvolvedPerson FATHER = new DossierView.InvolvedPerson(UUID.randomUUID(),
            PersonRole.ALLEGED_PERPETRATOR, "Berg", "van der", "Jan Willem", LocalDate.of(1980, 2, 11), "123456782", false);

    @Test
    void everyKnownFormOfAnotherPersonsNameAndTheirBsnAndDateOfBirthAreLeftOut() {
        OthersLeftOut redact = OthersLeftOut.of(List.of(FATHER), List.of());
        assertThat(redact.apply("Jan Willem van der Berg sloeg; Jan belde; meneer Van der Berg; Berg; Willem; "
                + "BSN 123456782, geboren 11-02-1980 (1980-02-11, 11 februari 1980)."))
                .isEqualTo("[…] sloeg; […] belde; meneer […]; […]; […]; BSN […], geboren […] ([…], […]).");
    }

    @Test
    void theReportersIdentityIsLeftOutAndOnlyWholeWordsAreMatched() {
        OthersLeftOut redact = OthersLeftOut.of(List.of(FATHER), List.of("Annemarie Klaas", "Annemarie", "Klaas"));
        assertThat(redact.apply("Annemarie Klaas belde. Janneke en Bergen blijven, Klaasje ook."))
                .isEqualTo("[…] belde. Janneke en Bergen blijven, Klaasje ook.");
    }

    @Test
    void withNobodyToLeaveOutTheTextStaysAsItIs() {
        assertThat(OthersLeftOut.of(List.of(), List.of()).apply("Niets te verbergen.")).isEqualTo("Niets te verbergen.");
        assertThat(OthersLeftOut.of(List.of(FATHER), List.of()).apply(null)).isNull();
    }
}
