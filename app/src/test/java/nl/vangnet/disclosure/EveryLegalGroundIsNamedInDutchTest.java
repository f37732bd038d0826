package nl.vangnet.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every legal ground, data item and kind of exchange has a Dutch and an English label, and the OpenAPI description
 * names each with the same Dutch label as the pages (DisclosureLabels), so the API and the pages never disagree.
 */
class EveryLegalGroundIsNamedInDutchTest {

    static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = EveryLegalGroundIsNamedInDutchTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void eachGroundItemAndKindHasItsLabelInTheBundlesAndTheApiDescription() throws Exception {
        Properties nl = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        for (LegalGround g : LegalGround.values()) {
            String label = nl.getProperty("disclosure.ground." + g.name());
            assertThat(label).as(g.name()).isNotBlank();
            assertThat(en.getProperty("disclosure.ground." + g.name())).as(g.name()).isNotBlank();
            assertThat(DisclosureLabels.GROUNDS).containsAnyOf(g.name() + ": " + label + ";", g.name() + ": " + label + ".");
        }
        for (DataItem i : DataItem.values()) {
            String label = nl.getProperty("disclosure.item." + i.name());
            assertThat(en.getProperty("disclosure.item." + i.name())).as(i.name()).isNotBlank();
            assertThat(DisclosureLabels.ITEMS).containsAnyOf(i.name() + ": " + label + ";", i.name() + ": " + label + ".");
        }
        for (DisclosureKind k : DisclosureKind.values()) {
            String label = nl.getProperty("disclosure.kind." + k.name());
            assertThat(en.getProperty("disclosure.kind." + k.name())).as(k.name()).isNotBlank();
            assertThat(DisclosureLabels.KINDS).containsAnyOf(k.name() + ": " + label + ";", k.name() + ": " + label + ".");
        }
    }

    @Test
    void theRvdkGroundNamesItsRecipient() throws Exception {
        assertThat(bundle("messages.properties").getProperty("disclosure.ground.CHILD_PROTECTION_RVDK"))
                .isEqualTo("Bescherming van een kind: Raad voor de Kinderbescherming");
    }
}
