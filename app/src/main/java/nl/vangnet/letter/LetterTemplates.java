package nl.vangnet.letter;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letter templates, edited in beheer: a title and an XHTML body with placeholders. Every save is a new version
 * (who, when); the old versions stay, so that a letter says which text it was made from. A body is refused at its field
 * unless it uses only known placeholders, is well-formed and renders as a PDF.
 */
@Service
public class LetterTemplates {

    /** To whom a template's letters are written. */
    public enum Addressee {
        PERSON, REPORTER, MUNICIPALITY
    }

    /** A template in its current version. */
    public record Template(String code, Addressee addressee, int version, String title, String body, String savedBy,
            Instant savedAt) {
    }

    /** One version of a template: who saved it and when (null: the default of the installation). */
    public record Version(int version, String title, String savedBy, Instant savedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    LetterTemplates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Template> all() {
        return query(null);
    }

    public Template get(String code) {
        return query(code).stream().findFirst().orElseThrow(() -> new NotFoundException("Deze briefsjabloon bestaat niet."));
    }

    public List<Version> versions(String code) {
        get(code);
        return jdbc.sql("""
                SELECT v.version, v.title, u.display_name, v.saved_at FROM letter_template_version v
                LEFT JOIN staff_name u ON u.id = v.saved_by WHERE v.template_code = :c ORDER BY v.version DESC""")
                .param("c", code).query((rs, n) -> new Version(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).list();
    }

    /** The placeholders a body may use, as {@code {{name}}}. */
    public static String placeholders() {
        return LetterPdf.known();
    }

    /** Saves a new version of the template (the earlier ones are kept); refused at the field when wrong. */
    @Transactional
    public Template save(String code, String title, String body) {
        int current = jdbc.sql("SELECT current_version FROM letter_template WHERE code = :c FOR UPDATE").param("c", code)
                .query(Integer.class).optional().orElseThrow(() -> new NotFoundException("Deze briefsjabloon bestaat niet."));
        Checks v = new Checks();
        String t = v.required("title", title, "Geef de brief een titel.");
        if (t != null && t.length() > Checks.MAX_SHORT_TEXT) {
            v.reject("title", "De titel is ten hoogste " + Checks.MAX_SHORT_TEXT + " tekens.");
        }
        String b = v.required("body", body, "Schrijf de tekst van de brief.");
        if (b != null && v.ok("body")) {
            LetterPdf.problems(b).forEach(problem -> v.reject("body", problem));
        }
        v.throwIfInvalid();
        int next = current + 1;
        jdbc.sql("""
                INSERT INTO letter_template_version (template_code, version, title, body, saved_by, saved_at)
                VALUES (:c, :v, :t, :b, :by, :at)""")
                .param("c", code).param("v", next).param("t", t).param("b", b).param("by", CurrentStaff.get().id())
                .param("at", Timestamp.from(clock.instant())).update();
        jdbc.sql("UPDATE letter_template SET current_version = :v WHERE code = :c").param("v", next).param("c", code).update();
        return get(code);
    }

    private List<Template> query(String code) {
        return jdbc.sql("""
                SELECT t.code, t.addressee, v.version, v.title, v.body, u.display_name, v.saved_at
                FROM letter_template t JOIN letter_template_version v ON v.template_code = t.code AND v.version = t.current_version
                LEFT JOIN staff_name u ON u.id = v.saved_by
                WHERE CAST(:c AS text) IS NULL OR t.code = :c ORDER BY t.code""")
                .param("c", code).query((rs, n) -> new Template(rs.getString(1), Addressee.valueOf(rs.getString(2)),
                        rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }
}
