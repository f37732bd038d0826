package nl.vangnet.dossier;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessLogLabels;
import nl.vangnet.person.Persons;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dossier references and person names the access log review shows. The review decides who sees which; this only
 * looks them up, a page at a time.
 */
@Component
class DossierLabelsForAccessLog implements AccessLogLabels {

    private final JdbcClient jdbc;
    private final Persons persons;

    DossierLabelsForAccessLog(JdbcClient jdbc, Persons persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    @Override
    public Map<UUID, DossierLabel> dossiers(Collection<UUID> dossierIds) {
        if (dossierIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, DossierLabel> labels = new HashMap<>();
        jdbc.sql("SELECT id, reference, team_id FROM dossier WHERE id IN (:ids)").param("ids", dossierIds)
                .query((RowCallbackHandler) rs -> labels.put(rs.getObject(1, UUID.class),
                        new DossierLabel(rs.getString(2), rs.getObject(3, UUID.class))));
        return labels;
    }

    @Override
    public Optional<UUID> dossierWithReference(String reference) {
        return jdbc.sql("SELECT id FROM dossier WHERE reference = :r").param("r", reference).query(UUID.class).optional();
    }

    @Override
    public Map<UUID, String> personNames(Collection<UUID> personIds) {
        Map<UUID, String> names = new HashMap<>();
        persons.byIdIncludingMerged(personIds).forEach((id, person) -> names.put(id, person.fullName()));
        return names;
    }

    @Override
    public Set<UUID> personsOf(UUID dossierId) {
        if (dossierId == null) {
            return Set.of();
        }
        return persons.withFormerIds(jdbc.sql("SELECT person_id FROM dossier_person WHERE dossier_id = :d")
                .param("d", dossierId).query(UUID.class).list());
    }
}
