package nl.vangnet.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.vangnet.person.PersonRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reports of a dossier that name one person, for a copy of that person's data (AVG art. 15): when, how, which
 * kinds of violence, the person's role in it, and the report's concern (household text: the caller redacts others).
 * The reporter's identity is never part of the report as answered; only the words to leave out of the texts are.
 * The caller has checked and logs the access.
 */
@Component
public class ReportsAboutPerson {

    private final JdbcClient jdbc;

    ReportsAboutPerson(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A report that names the person, with what is about them. */
    public record ReportAbout(String reference, Instant receivedAt, Channel channel, List<ViolenceType> violenceTypes,
            PersonRole role, String concern, boolean reporterAnonymous) {
    }

    /** The reports of the dossier that name this person, oldest first. */
    public List<ReportAbout> of(UUID dossierId, UUID personId) {
        return jdbc.sql("""
                SELECT r.reference, r.received_at, r.channel, r.violence_types, r.concern, r.reporter_anonymous, p.role
                FROM report r JOIN report_person p ON p.report_id = r.id AND p.person_id = :p
                WHERE r.dossier_id = :d ORDER BY r.received_at, r.reference""")
                .param("d", dossierId).param("p", personId).query(ReportsAboutPerson::about).list();
    }

    /**
     * What identifies the reporters of the dossier's reports (name, organisation contact, phone, e-mail, and the name's
     * parts), to leave out of any text given to a person of the dossier.
     */
    public List<String> reporterIdentities(UUID dossierId) {
        List<String> words = new ArrayList<>();
        jdbc.sql("SELECT reporter_name, reporter_phone, reporter_email FROM report WHERE dossier_id = :d")
                .param("d", dossierId).query((rs, n) -> {
                    String name = rs.getString("reporter_name");
                    if (name != null && !name.isBlank()) {
                        words.add(name.strip());
                        Stream.of(name.strip().split("\\s+")).filter(w -> w.length() > 2).forEach(words::add);
                    }
                    Stream.of(rs.getString("reporter_phone"), rs.getString("reporter_email"))
                            .filter(w -> w != null && !w.isBlank()).map(String::strip).forEach(words::add);
                    return name;
                }).list();
        return words;
    }

    private static ReportAbout about(ResultSet rs, int n) throws SQLException {
        List<ViolenceType> types = Arrays.stream((String[]) rs.getArray("violence_types").getArray())
                .map(ViolenceType::valueOf).toList();
        return new ReportAbout(rs.getString("reference"), rs.getTimestamp("received_at").toInstant(),
                Channel.valueOf(rs.getString("channel")), types, PersonRole.valueOf(rs.getString("role")),
                rs.getString("concern"), rs.getBoolean("reporter_anonymous"));
    }
}
