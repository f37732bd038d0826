package nl.vangnet.letter;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A letter's body: XHTML with named placeholders ({@code {{naam}}}), checked before it is saved (well-formed, simple
 * markup without attributes, so nothing is fetched from elsewhere; only known placeholders) and rendered as an A4 PDF
 * with openhtmltopdf, every value HTML-escaped.
 */
public final class LetterPdf {

    /** The placeholders a body may use. */
    static final Set<String> PLACEHOLDERS = new LinkedHashSet<>(List.of("aanhef", "naam", "adres", "datum",
            "dossiernummer", "gemeente", "vervolg"));

    /** The elements a body may use (no attributes: no links, images, styles or scripts). */
    static final Set<String> ELEMENTS = Set.of("p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "h1", "h2",
            "h3", "div", "span", "hr", "table", "thead", "tbody", "tr", "th", "td");

    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private LetterPdf() {
    }

    /** "29 november 2026". */
    public static String longDate(LocalDate day) {
        return LONG_DATE.format(day);
    }

    /** What is wrong with a body, in Dutch, or an empty list. */
    static List<String> problems(String body) {
        List<String> problems = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(body);
        Set<String> unknown = new LinkedHashSet<>();
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                unknown.add("{{" + m.group(1) + "}}");
            }
        }
        if (!unknown.isEmpty()) {
            problems.add("Onbekend invulveld " + String.join(", ", unknown) + "; te gebruiken zijn: " + known() + ".");
        }
        if (m.replaceAll("").contains("{{") || m.replaceAll("").contains("}}")) {
            problems.add("Een invulveld staat tussen dubbele accolades, zoals {{naam}}; er staat een losse {{ of }} in de tekst.");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        try {
            Element root = parse("<div>" + body + "</div>");
            Set<String> refused = new LinkedHashSet<>();
            boolean attributes = check(root, refused);
            if (!refused.isEmpty()) {
                problems.add("Niet toegestane opmaak: <" + String.join(">, <", refused) + ">. Toegestaan zijn: "
                        + String.join(", ", ELEMENTS.stream().sorted().toList()) + ".");
            }
            if (attributes) {
                problems.add("Opmaak zonder attributen (zoals style, href of src): een brief haalt niets van elders op.");
            }
        } catch (SAXParseException e) {
            problems.add("De tekst is geen geldige XHTML (regel " + e.getLineNumber() + "): sluit elk element af (<p>...</p>, <br/>) "
                    + "en schrijf & als &amp;.");
        }
        if (problems.isEmpty()) {
            try {
                render("Proef", fill(body, Map.of()));
            } catch (RuntimeException e) {
                problems.add("Van deze tekst kan geen PDF worden gemaakt.");
            }
        }
        return problems;
    }

    static String known() {
        return String.join(", ", PLACEHOLDERS.stream().map(p -> "{{" + p + "}}").toList());
    }

    /** The body with each placeholder replaced by its HTML-escaped value (lines of a value joined by a line break). */
    static String fill(String body, Map<String, String> values) {
        return PLACEHOLDER.matcher(body).replaceAll(r -> {
            String value = values.getOrDefault(r.group(1), "");
            return Matcher.quoteReplacement(String.join("<br/>", value.lines().map(LetterPdf::escape).toList()));
        });
    }

    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The filled body as an A4 PDF with this title. */
    public static byte[] render(String title, String filledBody) {
        return render(title, "", filledBody);
    }

    /** As {@link #render(String, String)}, with more style rules (CSS) for the body's elements. */
    public static byte[] render(String title, String extraStyle, String filledBody) {
        String html = """
                <html><head><meta charset="utf-8"/><title>%s</title><style>
                @page { size: A4; margin: 25mm 22mm; }
                body { font-family: sans-serif; font-size: 11pt; line-height: 1.45; }
                p { margin: 0 0 10pt 0; }
                %s
                </style></head><body>%s</body></html>""".formatted(escape(title), extraStyle, filledBody);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Nothing is fetched: a body has no links, images or styles of its own, and no resolver answers.
            builder.useUriResolver((base, uri) -> null);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("The letter could not be rendered", e);
        }
    }

    private static Element parse(String xml) throws SAXParseException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (SAXParseException e) {
            throw e;
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new SAXParseException(e.getMessage(), null, null, 1, 1);
        }
    }

    /** Collects the elements that are not allowed; true when any element has attributes. */
    private static boolean check(Element element, Set<String> refused) {
        boolean attributes = false;
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                Element e = (Element) child;
                if (!ELEMENTS.contains(e.getTagName())) {
                    refused.add(e.getTagName());
                }
                attributes |= e.hasAttributes() | check(e, refused);
            } else if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                refused.add("?");
            }
        }
        return attributes;
    }
}
