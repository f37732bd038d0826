package nl.vangnet.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vangnet.person.Person;
import nl.vangnet.person.Persons;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the register: the rows that match, with the persons' names (from the person register) and the dossier's reference. */
@Component
class DisclosureRows {

    private final JdbcClient jdbc;
    private final Persons persons;

    DisclosureRows(JdbcClient jdbc, Persons persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    /** The rows that match, newest first, at most {@code limit}; {@code dossierIds} non-null limits to those dossiers. */
    List<DisclosureView> find(DisclosureQuery q, Collection<UUID> dossierIds) {
        StringBuilder sql = new StringBuilder("""
                SELECT d.id, d.disclosed_on, d.kind, d.recipient_organisation, d.recipient_person, d.legal_ground,
                       d.data_items, d.dossier_id, r.reference, s.display_name, d.recorded_at, d.description
                FROM disclosure d LEFT JOIN dossier_ref r ON r.id = d.dossier_id JOIN staff_name s ON s.id = d.decided_by
                WHERE true""");
        Map<String, Object> params = new HashMap<>();
        if (q.from() != null) {
            sql.append(" AND d.disclosed_on >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            sql.append(" AND d.disclosed_on <= :to");
            params.put("to", q.to());
        }
        if (q.recipient() != null && !q.recipient().isBlank()) {
            sql.append(" AND (d.recipient_organisation || ' ' || coalesce(d.recipient_person, '')) ILIKE :recipient ESCAPE '\\'");
            params.put("recipient", "%" + q.recipient().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.ground() != null) {
            sql.append(" AND d.legal_ground = :ground");
            params.put("ground", q.ground().name());
        }
        if (q.kind() != null) {
            sql.append(" AND d.kind = :kind");
            params.put("kind", q.kind().name());
        }
        if (q.personId() != null) {
            sql.append(" AND d.id IN (SELECT disclosure_id FROM disclosure_person WHERE person_id = :person)");
            params.put("person", q.personId());
        }
        if (dossierIds != null) {
            if (dossierIds.isEmpty()) {
                return List.of();
            }
            sql.append(" AND d.dossier_id IN (:dossiers)");
            params.put("dossiers", dossierIds);
        }
        sql.append(" ORDER BY d.disclosed_on DESC, d.recorded_at DESC, d.id LIMIT :limit");
        params.put("limit", q.limit());
        List<Raw> raws = jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Raw(rs.getObject(1, UUID.class),
                rs.getObject(2, LocalDate.class), DisclosureKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                LegalGround.valueOf(rs.getString(6)),
                Arrays.stream((String[]) rs.getArray(7).getArray()).map(DataItem::valueOf).toList(),
                rs.getObject(8, UUID.class), rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant(),
                rs.getString(12))).list();
        if (raws.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<UUID>> about = new LinkedHashMap<>();
        jdbc.sql("SELECT disclosure_id, person_id FROM disclosure_person WHERE disclosure_id IN (:ids) ORDER BY person_id")
                .param("ids", raws.stream().map(Raw::id).toList())
                .query((rs, n) -> about.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, UUID.class))).list();
        Map<UUID, Person> names = persons.byIdIncludingMerged(about.values().stream().flatMap(List::stream).distinct().toList());
        return raws.stream().map(r -> new DisclosureView(r.id(), r.on(), r.kind(), r.organisation(), r.person(), r.ground(),
                r.items(), about.getOrDefault(r.id(), List.of()).stream()
                        .map(p -> new DisclosureView.About(p, names.containsKey(p) ? names.get(p).fullName() : null)).toList(),
                r.dossierId(), r.reference(), r.decidedBy(), r.recordedAt(), r.description())).toList();
    }

    /** Every person the rows are about. */
    static Set<UUID> personsIn(List<DisclosureView> rows) {
        return rows.stream().flatMap(r -> r.persons().stream()).map(DisclosureView.About::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Every dossier the rows come from. */
    static Set<UUID> dossiersIn(List<DisclosureView> rows) {
        return rows.stream().map(DisclosureView::dossierId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private record Raw(UUID id, LocalDate on, DisclosureKind kind, String organisation, String person, LegalGround ground,
            List<DataItem> items, UUID dossierId, String reference, String decidedBy, Instant recordedAt,
            String description) {
    }
}
