package nl.vangnet.rights;

import java.util.List;
import nl.vangnet.letter.LetterPdf;

/**
 * A copy (or on-screen inspection) of one person's data, as Dutch lines already redacted, and its XHTML body: the same
 * body goes into the PDF (openhtmltopdf through {@link LetterPdf}) and onto the inspection page. Every text is escaped.
 */
public record CopyDocument(String title, String intro, List<String[]> registered, List<Section> sections, String leftOut) {

    /** A part of the copy: its heading, and either a table (a header row and rows) or paragraphs of text. */
    public record Section(String heading, String[] header, List<String[]> rows, List<String> paragraphs) {

        static Section table(String heading, String[] header, List<String[]> rows) {
            return new Section(heading, header, rows, List.of());
        }

        static Section text(String heading, List<String> paragraphs) {
            return new Section(heading, null, List.of(), paragraphs);
        }
    }

    /** The XHTML body: a title, the introduction, the registered data, each section, and what was left out. */
    public String body() {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(e(title)).append("</h1>");
        b.append("<p>").append(e(intro)).append("</p>");
        b.append("<h2>Uw geregistreerde gegevens</h2><table class=\"copy\"><tbody>");
        for (String[] row : registered) {
            b.append("<tr><th scope=\"row\">").append(e(row[0])).append("</th><td>").append(e(row[1])).append("</td></tr>");
        }
        b.append("</tbody></table>");
        for (Section s : sections) {
            b.append("<h2>").append(e(s.heading())).append("</h2>");
            if (s.header() != null) {
                if (s.rows().isEmpty()) {
                    b.append("<p>Niets vastgelegd.</p>");
                    continue;
                }
                b.append("<table class=\"copy\"><thead><tr>");
                for (String h : s.header()) {
                    b.append("<th scope=\"col\">").append(e(h)).append("</th>");
                }
                b.append("</tr></thead><tbody>");
                for (String[] row : s.rows()) {
                    b.append("<tr>");
                    for (String cell : row) {
                        b.append("<td>").append(e(cell)).append("</td>");
                    }
                    b.append("</tr>");
                }
                b.append("</tbody></table>");
            } else if (s.paragraphs().isEmpty()) {
                b.append("<p>Niets vastgelegd.</p>");
            } else {
                for (String p : s.paragraphs()) {
                    b.append("<p>").append(e(p)).append("</p>");
                }
            }
        }
        b.append("<h2>Wat niet in dit overzicht staat</h2><p>").append(e(leftOut)).append("</p>");
        return b.toString();
    }

    /** The PDF of the copy. */
    byte[] pdf() {
        return LetterPdf.render(title, "table.copy { border-collapse: collapse; width: 100%; font-size: 9pt; } "
                + "table.copy th, table.copy td { border: 1px solid #999; padding: 2pt 4pt; text-align: left; "
                + "vertical-align: top; } h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 14pt; }", body());
    }

    private static String e(String text) {
        return LetterPdf.escape(text == null ? "" : text);
    }
}
