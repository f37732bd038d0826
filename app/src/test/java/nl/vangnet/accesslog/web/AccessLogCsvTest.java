package nl.vangnet.accesslog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLogRow;
import nl.vangnet.accesslog.AccessOutcome;
import org.junit.jupiter.api.Test;

class AccessLogCsvTest {

    @Test
    void aCellThatCouldStartAFormulaIsDefusedWithAQuote() {
        assertThat(AccessLogCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(AccessLogCsv.cell("+31 6 1234")).isEqualTo("'+31 6 1234");
        assertThat(AccessLogCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(AccessLogCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AccessLogCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(AccessLogCsv.cell("Jansen")).isEqualTo("Jansen");
        assertThat(AccessLogCsv.cell("a=b")).isEqualTo("a=b");
        assertThat(AccessLogCsv.cell(null)).isEmpty();
    }

    @Test
    void aCellWithASeparatorQuoteOrLineBreakIsQuoted() {
        assertThat(AccessLogCsv.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(AccessLogCsv.cell("Jansen, de Vries")).isEqualTo("\"Jansen, de Vries\"");
        assertThat(AccessLogCsv.cell("zei \"nee\"")).isEqualTo("\"zei \"\"nee\"\"\"");
        assertThat(AccessLogCsv.cell("regel\nregel")).isEqualTo("\"regel\nregel\"");
    }

    @Test
    void theFileHasDutchLabelsOneLinePerEntryAndMarksEmergencyAccess() {
        AccessLogRow row = new AccessLogRow(7, Instant.parse("2026-03-02T09:15:30Z"), "=Evil Name", "medewerker",
                "CASE_WORKER", AccessAction.READ, AccessOutcome.ALLOWED, List.of("VT-2026-000001"), 2,
                List.of("Sem Jansen"), 0, "Noodtoegang x: acuut", "127.0.0.1", true);
        String csv = AccessLogCsv.of(List.of(row), key -> switch (key) {
            case "accesslog.action.READ" -> "Inzien";
            case "role.CASE_WORKER" -> "Medewerker";
            case "accesslog.emergency.yes" -> "Noodtoegang";
            default -> key;
        });
        assertThat(csv).startsWith("\uFEFF");
        String[] lines = csv.substring(1).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).isEqualTo("7;02-03-2026 10:15:30;'=Evil Name;medewerker;Medewerker;Inzien;accesslog.outcome.ALLOWED;"
                + "VT-2026-000001 (+2);Sem Jansen;Noodtoegang x: acuut;127.0.0.1;Noodtoegang");
    }
}
