package nl.vangnet.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What goes to the involved persons leaves out every passage the professional marked, unless VT decided to share it. */
class SharedTextTest {

    static final String TEXT = "Sem was vier keer afwezig. Moeder belde mij in paniek. Vader haalde Sem op.";

    static Passage passage(String of, boolean shared) {
        int start = TEXT.indexOf(of);
        return new Passage(UUID.randomUUID(), start, start + of.length(), of, PassageReason.OWN_SAFETY, null, shared,
                null, null, null);
    }

    @Test
    void aPassageNotDecidedToBeSharedIsLeftOutOfWhatGoesToTheInvolvedPersons() {
        assertThat(SharedText.forInvolvedPersons(TEXT, List.of(passage("Moeder belde mij in paniek.", false))))
                .isEqualTo("Sem was vier keer afwezig. […] Vader haalde Sem op.")
                .doesNotContain("Moeder");
    }

    @Test
    void aPassageDecidedToBeSharedStaysIn() {
        assertThat(SharedText.forInvolvedPersons(TEXT, List.of(passage("Moeder belde mij in paniek.", true)))).isEqualTo(TEXT);
    }

    @Test
    void severalPassagesInAnyOrderAreEachLeftOut() {
        assertThat(SharedText.forInvolvedPersons(TEXT, List.of(passage("Vader haalde Sem op.", false),
                passage("Sem was vier keer afwezig.", false)))).isEqualTo("[…] Moeder belde mij in paniek. […]");
    }

    @Test
    void withoutPassagesTheTextIsWhole() {
        assertThat(SharedText.forInvolvedPersons(TEXT, List.of())).isEqualTo(TEXT);
    }

    @Test
    void theSegmentsMarkEachPassageForStaff() {
        List<SharedText.Segment> segments = SharedText.segments(TEXT, List.of(passage("Moeder belde mij in paniek.", false)));
        assertThat(segments).extracting(SharedText.Segment::text)
                .containsExactly("Sem was vier keer afwezig. ", "Moeder belde mij in paniek.", " Vader haalde Sem op.");
        assertThat(segments).extracting(SharedText.Segment::marked).containsExactly(false, true, false);
    }
}
