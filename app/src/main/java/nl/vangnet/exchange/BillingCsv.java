package nl.vangnet.exchange;

import java.util.List;

/**
 * The billing export as a CSV file for Dutch Excel: UTF-8 with a byte order mark, semicolons, one header row of the
 * five columns, one row of five cells per person. A cell that a spreadsheet would read as a formula (starting with
 * =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe; a cell holding a semicolon, quote or line
 * break is quoted.
 */
public final class BillingCsv {

    private BillingCsv() {
    }

    public static String of(BillingExports.Export export) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, BillingExports.COLUMNS);
        for (BillingExports.Row row : export.rows()) {
            line(csv, row.cells());
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
