package nl.vangnet.assessment;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.vangnet.platform.Checks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The managed list of risk factors an assessment chooses from (beheer); a factor taken off stays where it was used. */
@Service
public class RiskFactors {

    private final JdbcClient jdbc;

    RiskFactors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record RiskFactor(String code, String label) {
    }

    public record ManagedRiskFactor(String code, String label, boolean active) {
    }

    /** The factors an assessment may choose today. */
    public List<RiskFactor> active() {
        return jdbc.sql("SELECT code, label FROM risk_factor WHERE active ORDER BY label")
                .query((rs, n) -> new RiskFactor(rs.getString(1), rs.getString(2))).list();
    }

    Set<String> activeCodes() {
        return Set.copyOf(jdbc.sql("SELECT code FROM risk_factor WHERE active").query(String.class).list());
    }

    /** The managed list of risk factors, for beheer (applicatiebeheer). */
    public List<ManagedRiskFactor> all() {
        return jdbc.sql("SELECT code, label, active FROM risk_factor ORDER BY active DESC, label")
                .query((rs, n) -> new ManagedRiskFactor(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    @Transactional
    public void add(String label) {
        String text = label == null ? "" : label.strip();
        if (text.length() < 3 || text.length() > 200) {
            throw Checks.refusal("label", "Omschrijf de risicofactor in 3 tot 200 tekens.");
        }
        if (jdbc.sql("INSERT INTO risk_factor (code, label) VALUES (:c, :l) ON CONFLICT DO NOTHING")
                .param("c", codeOf(text)).param("l", text).update() == 0) {
            throw Checks.refusal("label", "Deze risicofactor staat er al in.");
        }
    }

    /** A factor taken off the list stays on the assessments that used it. */
    @Transactional
    public void setActive(String code, boolean active) {
        jdbc.sql("UPDATE risk_factor SET active = :a WHERE code = :c").param("a", active).param("c", code).update();
    }

    /** The code of a label: without accents, upper case, words joined by underscores, at most 40 characters. */
    static String codeOf(String label) {
        String code = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        return code.length() > 40 ? code.substring(0, 40) : code;
    }
}
