package nl.vangnet.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A letter's body: only known placeholders, well-formed simple XHTML, values escaped, a Dutch long date. */
class LetterPdfTest {

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theDateIsWrittenInDutchInFull() {
        assertThat(LetterPdf.longDate(LocalDate.of(2026, 11, 29))).isEqualTo("29 november 2026");
        assertThat(LetterPdf.longDate(LocalDate.of(2027, 3, 1))).isEqualTo("1 maart 2027");
    }

    @Test
    void onlyKnownPlaceholdersAreAccepted() {
        assertThat(LetterPdf.problems("<p>{{aanhef}}, {{naam}} {{adres}} {{datum}} {{dossiernummer}} {{gemeente}} {{vervolg}}</p>")).isEmpty();
        assertThat(LetterPdf.problems("<p>{{zorg}} en {{ melding }}</p>"))
                .singleElement().asString().contains("{{zorg}}", "{{melding}}", "{{naam}}");
        assertThat(LetterPdf.problems("<p>{{naam}</p>")).singleElement().asString().contains("losse");
    }

    @Test
    void aBodyMustBeWellFormedSimpleMarkupThatFetchesNothing() {
        assertThat(LetterPdf.problems("<p>Geachte heer<br></p>")).singleElement().asString().contains("geen geldige XHTML");
        assertThat(LetterPdf.problems("<p>A & B</p>")).singleElement().asString().contains("geen geldige XHTML");
        assertThat(LetterPdf.problems("<p>Zie <img src=\"http://example.org/x.png\"/></p>"))
                .anySatisfy(p -> assertThat(p).contains("<img>")).anySatisfy(p -> assertThat(p).contains("attributen"));
        assertThat(LetterPdf.problems("<script>alert(1)</script>")).singleElement().asString().contains("<script>");
        assertThat(LetterPdf.problems("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p>&e;</p>")).isNotEmpty();
        assertThat(LetterPdf.problems("<p>Beste <strong>{{naam}}</strong>,</p><ul><li>een</li></ul>")).isEmpty();
    }

    @Test
    void valuesAreEscapedAndRenderedAsText() throws IOException {
        String body = LetterPdf.fill("<p>{{naam}}<br/>{{adres}}</p><p>Datum: {{datum}}</p>",
                Map.of("naam", "Jan <b>&</b> \"Piet\"", "adres", "Huisnummer 12\n3511 AB UTRECHT", "datum", "29 november 2026"));
        assertThat(body).contains("Jan &lt;b&gt;&amp;&lt;/b&gt; &quot;Piet&quot;").contains("Huisnummer 12<br/>3511 AB UTRECHT");
        byte[] pdf = LetterPdf.render("Proef", body);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(text(pdf)).contains("Jan <b>&</b> \"Piet\"", "Huisnummer 12", "3511 AB UTRECHT", "Datum: 29 november 2026");
    }
}
