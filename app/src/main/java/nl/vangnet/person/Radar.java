package nl.vangnet.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.platform.Checks;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffKind;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The radar: finds earlier involvement with a person across all dossiers, by BSN exactly, by name and date of birth
 * (tolerant of typing errors, diacritics, particles and their order, double surnames and swapped given name and
 * surname), or by address. Each hit lists where the person appears, never what a dossier holds. Every search is
 * logged with the persons and dossiers it returned.
 */
@Service
public class Radar {

    /** Hits below this likeness are not shown. */
    public static final double MIN_SCORE = 0.35;
    public static final int MAX_HITS = 25;

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final List<RadarSources> sources;

    /** {@code sources} in their order: the dossiers first (see {@link RadarSources}). */
    Radar(JdbcClient jdbc, AccessLog accessLog, List<RadarSources> sources) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.sources = sources;
    }

    public record Query(String name, LocalDate dateOfBirth, String bsn, String postcode, String houseNumber) {
    }

    /**
     * Who may search persons: the staff who do case work, and the FG (to answer the rights of persons). Never
     * applicatiebeheer, the secretariaat or a service account: a hit shows names and dates of birth at an address.
     */
    public static final Set<Role> SEARCH_ROLES = Set.of(Role.CASE_WORKER, Role.CRISIS_WORKER, Role.TEAM_LEADER,
            Role.BEHAVIOURAL_SCIENTIST, Role.LEGAL_ADVISOR, Role.CONFIDENTIAL_DOCTOR, Role.DATA_PROTECTION_OFFICER);

    public static boolean maySearch(StaffPrincipal who) {
        return who.kind() == StaffKind.PERSON && SEARCH_ROLES.stream().anyMatch(who::has);
    }

    @Transactional
    public List<RadarHit> search(Query query) {
        if (!maySearch(CurrentStaff.get())) {
            accessLog.denied(AccessAction.SEARCH, Set.of(), Set.of(), null);
            throw new AccessDeniedException("radar");
        }
        Checks v = new Checks();
        v.max("name", query.name(), Checks.MAX_SHORT_TEXT);
        v.max("bsn", query.bsn(), Checks.MAX_CODE);
        v.max("postcode", query.postcode(), Checks.MAX_CODE);
        v.max("houseNumber", query.houseNumber(), Checks.MAX_CODE);
        v.throwIfInvalid();
        List<Candidate> candidates;
        if (query.bsn() != null && !query.bsn().isBlank()) {
            String bsn = Bsn.normalise(query.bsn());
            if (!Bsn.isValid(bsn)) {
                throw Checks.refusal("bsn", "Dit BSN klopt niet (elfproef).");
            }
            candidates = jdbc.sql(SELECT + " , 1.0 AS score FROM person p WHERE p.bsn = :bsn LIMIT :max")
                    .param("bsn", bsn).param("max", MAX_HITS).query(Radar::candidate).list();
        } else if (query.postcode() != null && !query.postcode().isBlank()) {
            String postcode = query.postcode().replaceAll("\\s", "").toUpperCase();
            if (!postcode.matches("^[1-9][0-9]{3}[A-Z]{2}$")) {
                v.reject("postcode", "Een postcode is vier cijfers en twee letters.");
            }
            v.required("houseNumber", query.houseNumber(), "Geef bij de postcode ook het huisnummer.");
            v.throwIfInvalid();
            candidates = jdbc.sql(SELECT + " , 1.0 AS score FROM person p WHERE p.postcode = :pc AND p.house_number = :nr LIMIT :max")
                    .param("pc", postcode).param("nr", query.houseNumber().strip()).param("max", MAX_HITS)
                    .query(Radar::candidate).list();
        } else if (query.name() != null && !query.name().isBlank()) {
            if (query.dateOfBirth() == null) {
                throw Checks.refusal("dateOfBirth", "Zoek op naam altijd samen met de geboortedatum.");
            }
            candidates = byNameAndBirth(query.name(), query.dateOfBirth());
        } else {
            throw Checks.refusal("name", "Zoek op BSN, op naam en geboortedatum, of op postcode en huisnummer.");
        }
        List<RadarHit> hits = withInvolvement(candidates);
        accessLog.allowed(AccessAction.SEARCH, null,
                hits.stream().flatMap(h -> h.dossiers().stream()).map(RadarHit.Involvement::dossierId)
                        .filter(Objects::nonNull).distinct().toList(),
                hits.stream().map(RadarHit::personId).toList(), null);
        return hits;
    }

    /**
     * The radar run again for a person whose BSN or name was corrected: the other persons that now match (the same
     * BSN, or name and date of birth as the radar compares them), with where they appear, never what a dossier holds;
     * {@code mayOpen} by the one need-to-know rule. Logged as a search, without the dossier it was run from (whose
     * access the caller logs). Empty for who may not search.
     */
    @Transactional
    public List<RadarHit> matchesOf(UUID personId, UUID fromDossier) {
        if (!maySearch(CurrentStaff.get())) {
            return List.of();
        }
        record Key(String bsn, String name, LocalDate dateOfBirth) {
        }
        Key key = jdbc.sql("SELECT bsn, concat_ws(' ', given_names, surname_prefix, surname) AS name, date_of_birth FROM person WHERE id = :id")
                .param("id", personId).query((rs, n) -> new Key(rs.getString("bsn"), rs.getString("name"),
                        rs.getObject("date_of_birth", LocalDate.class))).optional().orElse(null);
        if (key == null) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        if (key.bsn() != null) {
            candidates.addAll(jdbc.sql(SELECT + " , 1.0 AS score FROM person p WHERE p.bsn = :bsn AND p.id <> :id")
                    .param("bsn", key.bsn()).param("id", personId).query(Radar::candidate).list());
        }
        if (key.dateOfBirth() != null) {
            byNameAndBirth(key.name(), key.dateOfBirth()).stream()
                    .filter(c -> !c.id().equals(personId) && candidates.stream().noneMatch(k -> k.id().equals(c.id())))
                    .forEach(candidates::add);
        }
        List<RadarHit> hits = withInvolvement(candidates);
        if (!hits.isEmpty()) {
            accessLog.allowed(AccessAction.SEARCH, null,
                    hits.stream().flatMap(h -> h.dossiers().stream()).map(RadarHit.Involvement::dossierId)
                            .filter(d -> d != null && !d.equals(fromDossier)).distinct().toList(),
                    hits.stream().map(RadarHit::personId).toList(), null);
        }
        return hits;
    }

    private static final String SELECT = "SELECT p.id, p.surname, p.surname_prefix, p.given_names, p.date_of_birth";

    /**
     * Candidates share the date of birth (or its day and month swapped, a common slip); they are ranked by the
     * likeness of the names, compared as keys without accents and particles. Trigram likeness does not depend on the
     * order of the words, so a swapped given name and surname still matches; word likeness finds one part of a
     * double surname; the edit distance catches a slip in a short name.
     */
    private List<Candidate> byNameAndBirth(String name, LocalDate dateOfBirth) {
        List<LocalDate> dates = new ArrayList<>(List.of(dateOfBirth));
        if (dateOfBirth.getDayOfMonth() <= 12 && dateOfBirth.getDayOfMonth() != dateOfBirth.getMonthValue()) {
            dates.add(LocalDate.of(dateOfBirth.getYear(), dateOfBirth.getDayOfMonth(), dateOfBirth.getMonthValue()));
        }
        return jdbc.sql(SELECT + """
                , (CASE WHEN p.date_of_birth = :dob THEN 1.0 ELSE 0.85 END) * greatest(
                      similarity(p.given_key || ' ' || p.surname_key, q.k),
                      strict_word_similarity(p.surname_key, q.k) * 0.85 + similarity(p.given_key, q.k) * 0.15,
                      word_similarity(q.k, p.given_key || ' ' || p.surname_key) * 0.9,
                      (1.0 - levenshtein(left(p.surname_key, 60), left(q.last, 60))::numeric
                             / greatest(length(p.surname_key), length(q.last), 1)) * 0.8
                  ) AS score
                FROM person p, (SELECT radar_name_key(:name) AS k,
                                       coalesce(substring(radar_name_key(:name) from '([a-z]+)$'), '') AS last) q
                WHERE p.date_of_birth IN (:dates)
                ORDER BY score DESC, p.surname_key LIMIT :max""")
                .param("name", name).param("dob", dateOfBirth).param("dates", dates).param("max", MAX_HITS)
                .query(Radar::candidate).list()
                .stream().filter(c -> c.score() >= MIN_SCORE).toList();
    }

    private List<RadarHit> withInvolvement(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = new LinkedHashSet<>(candidates.stream().map(Candidate::id).toList());
        Map<UUID, List<RadarHit.Involvement>> involvement = new HashMap<>();
        for (RadarSources source : sources) {
            source.involvementsOf(ids).forEach((person, more) ->
                    involvement.computeIfAbsent(person, k -> new ArrayList<>()).addAll(more));
        }
        return candidates.stream().map(c -> new RadarHit(c.id(), c.surname(), c.prefix(), c.givenNames(), c.dateOfBirth(),
                Math.round(c.score() * 1000) / 1000.0, List.copyOf(involvement.getOrDefault(c.id(), List.of())))).toList();
    }

    private record Candidate(UUID id, String surname, String prefix, String givenNames, LocalDate dateOfBirth,
            double score) {
    }

    private static Candidate candidate(ResultSet rs, int n) throws SQLException {
        return new Candidate(rs.getObject("id", UUID.class), rs.getString("surname"), rs.getString("surname_prefix"),
                rs.getString("given_names"), rs.getObject("date_of_birth", LocalDate.class), rs.getDouble("score"));
    }
}
