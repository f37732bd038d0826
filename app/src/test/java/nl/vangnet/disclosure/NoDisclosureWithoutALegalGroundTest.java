package nl.vangnet.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules a disclosure must meet before anything is sent or registered (Disclosures.check). */
class NoDisclosureWithoutALegalGroundTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 11);
    static final UUID CHILD = UUID.randomUUID();

    static NewDisclosure disclosure(LegalGround ground, LocalDate on, List<UUID> persons, Set<DataItem> items) {
        return new NewDisclosure(UUID.randomUUID(), DisclosureKind.OTHER, null, on, "Politie Midden-Nederland", null,
                ground, items, persons, null);
    }

    static Map<String, String> problems(NewDisclosure d) {
        Checks v = new Checks();
        Disclosures.check(d, List.of(CHILD), TODAY, v);
        try {
            v.throwIfInvalid();
            return Map.of();
        } catch (InvalidInputException e) {
            return e.byField();
        }
    }

    @Test
    void withoutAGroundNothingIsSentAndTheRefusalIsAtTheGround() {
        assertThat(problems(disclosure(null, TODAY, List.of(CHILD), Set.of(DataItem.NAME))))
                .containsOnlyKeys("legalGround").containsValue(Disclosures.NO_GROUND);
    }

    @Test
    void withAGroundARecipientAPersonOfTheDossierAndAnItemItIsAccepted() {
        assertThat(problems(disclosure(LegalGround.PREVENT_SERIOUS_HARM, TODAY, List.of(CHILD), Set.of(DataItem.NAME)))).isEmpty();
    }

    @Test
    void aDisclosureLiesNotInTheFutureNamesPersonsOfTheDossierOnlyAndAtLeastOneItem() {
        assertThat(problems(disclosure(LegalGround.CONSENT, TODAY.plusDays(1), List.of(UUID.randomUUID()), Set.of())))
                .containsOnlyKeys("disclosedOn", "personIds", "dataItems");
        assertThat(problems(disclosure(LegalGround.CONSENT, TODAY, List.of(), Set.of(DataItem.NAME))))
                .containsOnlyKeys("personIds");
    }

    @Test
    void aFieldAlreadyRefusedByTheCallerIsNotRefusedTwice() {
        Checks v = new Checks();
        v.reject("legalGround", "Kies een grondslag uit de lijst.");
        Disclosures.check(disclosure(null, TODAY, List.of(CHILD), Set.of(DataItem.NAME)), List.of(CHILD), TODAY, v);
        InvalidInputException refused = assertThrows(InvalidInputException.class, v::throwIfInvalid);
        assertThat(refused.fields()).hasSize(1);
    }
}
