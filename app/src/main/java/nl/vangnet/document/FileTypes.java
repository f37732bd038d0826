package nl.vangnet.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Which files a dossier takes, known by their content (magic bytes), never by their name alone: PDF, PNG, JPEG, and
 * the office documents of Word/Excel/PowerPoint (OOXML) and OpenDocument. The name's extension must agree with the
 * content, so a program renamed to {@code .pdf} is refused.
 */
final class FileTypes {

    static final String ALLOWED = "PDF, PNG, JPEG, docx, xlsx, pptx, odt, ods of odp";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"));

    private static final Map<String, String> OOXML_PART = Map.of("docx", "word/", "xlsx", "xl/", "pptx", "ppt/");

    private FileTypes() {
    }

    /** The media type of the file when its content is what its name says and is one the dossier takes. */
    static Optional<String> mediaType(String fileName, byte[] content) {
        String extension = extension(fileName);
        String type = BY_EXTENSION.get(extension);
        if (type == null || content == null) {
            return Optional.empty();
        }
        boolean matches = switch (extension) {
            case "pdf" -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case "png" -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            case "jpg", "jpeg" -> startsWith(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
            case "odt", "ods", "odp" -> zip(content) && content.length > 38 + type.length()
                    && new String(content, 30, 8, StandardCharsets.US_ASCII).equals("mimetype")
                    && new String(content, 38, type.length(), StandardCharsets.US_ASCII).equals(type);
            default -> zip(content) && hasEntry(content, "[Content_Types].xml") && hasEntry(content, OOXML_PART.get(extension));
        };
        return matches ? Optional.of(type) : Optional.empty();
    }

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The name without a path, control characters or characters that mean something in a header or file system. */
    static String safeName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"*:<>?|;]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean zip(byte[] content) {
        return startsWith(content, new byte[] {'P', 'K', 3, 4});
    }

    private static boolean hasEntry(byte[] content, String prefix) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
