package nl.vangnet.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vangnet.dossier.Household;
import org.junit.jupiter.api.Test;

/** Rule: the billing CSV has exactly five columns, and no cell is read as a formula by a spreadsheet. */
class BillingCsvTest {

    @Test
    void aCellThatStartsLikeAFormulaIsPrefixedWithAnApostrophe() {
        for (String formula : List.of("=1+1", "+31", "-2", "@SUM(A1)", "\tx")) {
            assertThat(BillingCsv.cell(formula)).isEqualTo("'" + formula);
        }
        assertThat(BillingCsv.cell("Jansen")).isEqualTo("Jansen");
        assertThat(BillingCsv.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(BillingCsv.cell("=a;\"b\"")).isEqualTo("\"'=a;\"\"b\"\"\"");
    }

    @Test
    void theHeaderAndEveryRowHaveExactlyFiveCells() {
        BillingExports.Export export = new BillingExports.Export("GM0344", "Utrecht", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), List.of(new BillingExports.Row(UUID.randomUUID(), "=HYPERLINK(\"x\")", "Dorpsstraat 12, 3511AB",
                        "Utrecht", null, List.of("onderzoek", "veiligheidsbeoordeling"))));
        String csv = BillingCsv.of(export);
        assertThat(csv).startsWith("\uFEFFnaam;adres;woonplaats;bsn;geleverde diensten\r\n");
        String[] lines = csv.substring(1).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\";Dorpsstraat 12, 3511AB;Utrecht;;onderzoek, veiligheidsbeoordeling");
    }

    @Test
    void theAddressColumnHoldsStreetHouseNumberAndPostcode() {
        assertThat(BillingExports.address(new Household("3511AB", "12", "GM0344", "Dorpsstraat"))).isEqualTo("Dorpsstraat 12, 3511AB");
        assertThat(BillingExports.address(new Household("3511AB", "12", "GM0344", null))).isEqualTo("12, 3511AB");
        assertThat(BillingExports.address(new Household(null, null, "GM0344", null))).isEmpty();
    }
}
