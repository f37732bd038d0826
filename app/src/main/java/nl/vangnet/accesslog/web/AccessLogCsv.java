package nl.vangnet.accesslog.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.vangnet.accesslog.AccessLogRow;
import nl.vangnet.platform.DutchTime;

/**
 * The access log as CSV for Dutch spreadsheets: semicolons, a byte order mark so that Excel reads UTF-8, Dutch
 * labels. Safe against CSV (formula) injection: a cell that starts with {@code = + - @}, a tab or a carriage return is
 * prefixed with a single quote, so a spreadsheet shows it as text and never runs it (OWASP).
 */
final class AccessLogCsv {

    private static final char SEPARATOR = ';';
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    private AccessLogCsv() {
    }

    static String of(List<AccessLogRow> rows, UnaryOperator<String> label) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, List.of(label.apply("accesslog.csv.seq"), label.apply("accesslog.when"), label.apply("accesslog.who"),
                label.apply("accesslog.csv.username"), label.apply("accesslog.role"), label.apply("accesslog.action"),
                label.apply("accesslog.outcome"), label.apply("accesslog.dossiers"), label.apply("accesslog.persons"),
                label.apply("accesslog.reason"), label.apply("accesslog.where"), label.apply("accesslog.emergency")));
        for (AccessLogRow r : rows) {
            line(csv, List.of(Long.toString(r.seq()), WHEN.format(r.occurredAt().atZone(DutchTime.ZONE)),
                    nullToEmpty(r.actor()), nullToEmpty(r.username()),
                    String.join(", ", r.roles().stream().map(role -> label.apply("role." + role)).toList()),
                    label.apply("accesslog.action." + r.action()), label.apply("accesslog.outcome." + r.outcome()),
                    withOthers(String.join(", ", r.dossiers()), r.otherDossiers()),
                    withOthers(String.join(", ", r.persons()), r.otherPersons()),
                    nullToEmpty(r.reason()), nullToEmpty(r.clientIp()),
                    r.emergency() ? label.apply("accesslog.emergency.yes") : ""));
        }
        return csv.toString();
    }

    /** One cell: defused when it could start a formula, quoted when it holds a separator, quote or line break. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(SEPARATOR) >= 0 || v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String withOthers(String named, int others) {
        return others == 0 ? named : (named.isEmpty() ? "" : named + " ") + "(+" + others + ")";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
