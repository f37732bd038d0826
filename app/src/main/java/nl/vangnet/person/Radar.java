package nl.vangnet.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
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
 * surname), or by address; without an exact date of birth by name with a birth year or an age range on today's date,
 * and with the date's day and month swapped or a day off (each ranked below the same name on the exact date). Each hit lists where the person appears, never what a dossier holds. Every search is
 * logged with the persons and dossiers it returned.
 */
@Service
public class Radar {

    /** Hits below this likeness are not shown. */
    public static final double MIN_SCORE = 0.35;
    public static final int MAX_HITS = 25;
    /** The oldest age, and the widest age range, the radar searches by. */
    public static final int MAX_AGE = 120;
    public static final int MAX_AGE_SPAN = 10;
    /** A date of birth near the one given (day and month swapped, a day off) ranks below the exact date. */
    static final double NEAR_DATE = 0.85;
    /** A birth year or age range ranks below both. */
    static final double BIRTH_RANGE = 0.8;

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final List<RadarSources> sources;
    private final Clock clock;

    /** {@code sources} in their order: the dossiers first (see {@link RadarSources}). */
    Radar(JdbcClient jdbc, AccessLog accessLog, List<RadarSources> sources, Clock clock) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * What is searched: a BSN, an address, or a name with the date of birth or, when that is not known exactly, a
     * birth year or an age range (in whole years on today's date; one of the two ages alone is that age).
     */
    public record Query(String name, LocalDate dateOfBirth, String bsn, String postcode, String houseNumber,
            Integer birthYear, Integer ageFrom, Integer ageTo) {

        public Query(String name, LocalDate dateOfBirth, String bsn, String postcode, String houseNumber) {
            this(name, dateOfBirth, bsn, postcode, houseNumber, null, null, null);
        }
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
            if (query.dateOfBirth() != null) {
                if (query.birthYear() != null || query.ageFrom() != null || query.ageTo() != null) {
                    throw Checks.refusal("birthYear", "Zoek met de geboortedatum, of als die onbekend is met het geboortejaar of een leeftijd: niet met beide.");
                }
                candidates = byNameAndBirth(query.name(), query.dateOfBirth());
            } else if (query.birthYear() != null || query.ageFrom() != null || query.ageTo() != null) {
                LocalDate[] range = birthRange(query, LocalDate.now(clock.withZone(DutchTime.ZONE)));
                candidates = byNameAndBirthRange(query.name(), range[0], range[1]);
            } else {
                throw Checks.refusal("dateOfBirth",
                        "Zoek op naam altijd samen met de geboortedatum, het geboortejaar of een leeftijd van-tot.");
            }
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

    /** How alike the names are (see {@link #byNameAndBirth}), with {@code q.k} the name's key and {@code q.last} its last word. */
    private static final String NAME_LIKENESS = """
            greatest(
                  similarity(p.given_key || ' ' || p.surname_key, q.k),
                  strict_word_similarity(p.surname_key, q.k) * 0.85 + similarity(p.given_key, q.k) * 0.15,
                  word_similarity(q.k, p.given_key || ' ' || p.surname_key) * 0.9,
                  (1.0 - levenshtein(left(p.surname_key, 60), left(q.last, 60))::numeric
                         / greatest(length(p.surname_key), length(q.last), 1)) * 0.8
              )""";

    /**
     * The first and last date of birth of a birth year, or of an age range on {@code today}: aged {@code a} today is
     * born after today {@code a + 1} years ago and at the latest today {@code a} years ago.
     */
    static LocalDate[] birthRange(Query query, LocalDate today) {
        Checks v = new Checks();
        if (query.birthYear() != null && (query.ageFrom() != null || query.ageTo() != null)) {
            v.reject("birthYear", "Zoek met het geboortejaar of met een leeftijd, niet met beide.");
        }
        if (query.birthYear() != null && (query.birthYear() < Checks.FIRST_YEAR || query.birthYear() > today.getYear())) {
            v.reject("birthYear", "Geef een geboortejaar tussen " + Checks.FIRST_YEAR + " en " + today.getYear() + ".");
        }
        for (String field : List.of("ageFrom", "ageTo")) {
            Integer age = field.equals("ageFrom") ? query.ageFrom() : query.ageTo();
            if (age != null && (age < 0 || age > MAX_AGE)) {
                v.reject(field, "Geef een leeftijd van 0 tot en met " + MAX_AGE + " jaar.");
            }
        }
        v.throwIfInvalid();
        if (query.birthYear() != null) {
            return new LocalDate[] {LocalDate.of(query.birthYear(), 1, 1), LocalDate.of(query.birthYear(), 12, 31)};
        }
        int from = query.ageFrom() != null ? query.ageFrom() : query.ageTo();
        int to = query.ageTo() != null ? query.ageTo() : query.ageFrom();
        if (to < from) {
            throw Checks.refusal("ageTo", "De leeftijd tot is lager dan de leeftijd van.");
        }
        if (to - from > MAX_AGE_SPAN) {
            throw Checks.refusal("ageTo", "Zoek met een leeftijd van hoogstens " + MAX_AGE_SPAN + " jaar breed.");
        }
        return new LocalDate[] {today.minusYears(to + 1L).plusDays(1), today.minusYears(from)};
    }

    /** The dates the radar reads as the one given: itself, its day and month swapped, and a day either side. */
    static List<LocalDate> nearDates(LocalDate dateOfBirth) {
        List<LocalDate> dates = new ArrayList<>(List.of(dateOfBirth, dateOfBirth.minusDays(1), dateOfBirth.plusDays(1)));
        if (dateOfBirth.getDayOfMonth() <= 12 && dateOfBirth.getDayOfMonth() != dateOfBirth.getMonthValue()) {
            dates.add(LocalDate.of(dateOfBirth.getYear(), dateOfBirth.getDayOfMonth(), dateOfBirth.getMonthValue()));
        }
        return dates;
    }

    /**
     * Candidates share the date of birth (or one of its {@link #nearDates}, common slips); they are ranked by the
     * likeness of the names, compared as keys without accents and particles. Trigram likeness does not depend on the
     * order of the words, so a swapped given name and surname still matches; word likeness finds one part of a
     * double surname; the edit distance catches a slip in a short name.
     */
    private List<Candidate> byNameAndBirth(String name, LocalDate dateOfBirth) {
        // The day before and after are read only for surnames holding a word of the name, so that a slip of a day does
        // not double the candidates to rank (about 600 share a date at national scale). Those rows come from the date
        // index and are filtered here; the name's words are taken from its key in the same query.
        List<LocalDate> dayOff = List.of(dateOfBirth.minusDays(1), dateOfBirth.plusDays(1));
        List<LocalDate> exactOrSwapped = nearDates(dateOfBirth).stream().filter(d -> !dayOff.contains(d)).toList();
        return jdbc.sql(SELECT + "\n, (CASE WHEN p.date_of_birth = :dob THEN 1.0 ELSE " + NEAR_DATE + " END) * "
                + NAME_LIKENESS + """
                 AS score
                FROM person p, (SELECT radar_name_key(:name) AS k,
                                       coalesce(substring(radar_name_key(:name) from '([a-z]+)$'), '') AS last,
                                       ARRAY(SELECT w FROM regexp_split_to_table(radar_name_key(:name), '\\s+')
                                                 WITH ORDINALITY AS t(w, i)
                                             WHERE length(w) >= 2 GROUP BY w ORDER BY min(i) LIMIT 4) AS words) q
                WHERE p.date_of_birth IN (:dates)
                   OR (p.date_of_birth IN (:dayOff) AND EXISTS (SELECT 1 FROM unnest(q.words) AS w WHERE w <% p.surname_key))
                ORDER BY score DESC, p.surname_key LIMIT :max""")
                .param("name", name).param("dob", dateOfBirth).param("dates", exactOrSwapped).param("dayOff", dayOff)
                .param("max", MAX_HITS)
                .query(Radar::candidate).list().stream().filter(c -> c.score() >= MIN_SCORE).toList();
    }

    /** The words of the name as radar key (at least two letters, at most four words). */
    private List<String> nameWords(String name) {
        String key = jdbc.sql("SELECT radar_name_key(:name)").param("name", name).query(String.class).optional().orElse("");
        return Stream.of(key.split("\\s+")).filter(w -> w.length() >= 2).distinct().limit(4).toList();
    }

    /** SQL: a surname holding one of these words (word likeness over its trigram index): {@code :w0 <% ... OR ...}. */
    private static String anyWord(List<String> words) {
        StringBuilder anyWord = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            anyWord.append(i == 0 ? "" : " OR ").append(":w").append(i).append(" <% p.surname_key");
        }
        return anyWord.toString();
    }

    /**
     * Without an exact date of birth: candidates born in the range whose surname holds one of the name's words
     * (word likeness over the surname's trigram index, so that a year of births is never read whole), ranked as
     * {@link #byNameAndBirth} does, below it.
     */
    private List<Candidate> byNameAndBirthRange(String name, LocalDate from, LocalDate to) {
        String key = jdbc.sql("SELECT radar_name_key(:name)").param("name", name).query(String.class).optional().orElse("");
        List<String> words = nameWords(name);
        if (words.isEmpty()) {
            throw Checks.refusal("name", "Geef een naam om te zoeken.");
        }
        String anyWord = anyWord(words);
        var sql = jdbc.sql(SELECT + "\n, " + BIRTH_RANGE + " * " + NAME_LIKENESS + """
                 AS score
                FROM person p, (SELECT CAST(:k AS text) AS k, coalesce(substring(CAST(:k AS text) from '([a-z]+)$'), '') AS last) q
                WHERE p.date_of_birth BETWEEN :from AND :to AND (""" + anyWord + """
                )
                ORDER BY score DESC, p.surname_key LIMIT :max""")
                .param("k", key).param("from", from).param("to", to).param("max", MAX_HITS);
        for (int i = 0; i < words.size(); i++) {
            sql = sql.param("w" + i, words.get(i));
        }
        return sql.query(Radar::candidate).list().stream().filter(c -> c.score() >= MIN_SCORE).toList();
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
