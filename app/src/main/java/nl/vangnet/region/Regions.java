package nl.vangnet.region;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which Veilig Thuis region serves a municipality, and which municipality a place name means, from the reference
 * data of the year in force. Loads every year shipped under {@code classpath:reference/<year>/} that the database
 * does not hold yet.
 */
@Service
public class Regions implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(Regions.class);
    private static final Pattern YEAR = Pattern.compile("reference/(\\d{4})/gemeenten\\.csv$");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String ownRegion;

    Regions(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions, Clock clock,
            @Value("${vangnet.region.own:VT20}") String ownRegion) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transactions = transactions;
        this.clock = clock;
        this.ownRegion = ownRegion;
    }

    /** The code of this organisation's own Veilig Thuis region (configuration, VT20 Utrecht by default). */
    public String ownRegionCode() {
        return ownRegion;
    }

    public Optional<Municipality> municipality(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT m.code, m.name, m.province, m.region_code, r.name AS region_name
                FROM municipality m JOIN vt_region r ON r.year = m.year AND r.code = m.region_code
                WHERE m.year = :year AND m.code = :code""")
                .param("year", yearInForce()).param("code", code.strip().toUpperCase(Locale.ROOT))
                .query((rs, n) -> new Municipality(rs.getString("code"), rs.getString("name"), rs.getString("province"),
                        rs.getString("region_code"), rs.getString("region_name")))
                .optional();
    }

    /** The names of these municipalities (by code) in the year in force, in one query; unknown codes are left out. */
    public Map<String, String> municipalityNames(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT code, name FROM municipality WHERE year = :year AND code IN (:codes)")
                .param("year", yearInForce()).param("codes", codes)
                .query((RowCallbackHandler) rs -> names.put(rs.getString(1), rs.getString(2)));
        return names;
    }

    /**
     * The municipalities a typed place name can mean: the place names (woonplaatsen) and municipality names that
     * match it, ignoring case. More than one answer means the worker must choose.
     */
    public List<Municipality> resolvePlace(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT m.code, m.name, m.province, m.region_code, r.name AS region_name
                FROM municipality m JOIN vt_region r ON r.year = m.year AND r.code = m.region_code
                WHERE m.year = :year AND (lower(m.name) = lower(:name) OR m.code IN (
                    SELECT p.municipality_code FROM place_name p WHERE p.year = :year AND lower(p.name) = lower(:name)))
                ORDER BY m.name""")
                .param("year", yearInForce()).param("name", typed.strip())
                .query((rs, n) -> new Municipality(rs.getString("code"), rs.getString("name"), rs.getString("province"),
                        rs.getString("region_code"), rs.getString("region_name")))
                .list();
    }

    /** The municipalities of a Veilig Thuis region in the year in force, by name. */
    public List<Municipality> municipalitiesIn(String regionCode) {
        return jdbc.sql("""
                SELECT m.code, m.name, m.province, m.region_code, r.name AS region_name
                FROM municipality m JOIN vt_region r ON r.year = m.year AND r.code = m.region_code
                WHERE m.year = :year AND m.region_code = :region ORDER BY m.name""")
                .param("year", yearInForce()).param("region", regionCode)
                .query((rs, n) -> new Municipality(rs.getString("code"), rs.getString("name"), rs.getString("province"),
                        rs.getString("region_code"), rs.getString("region_name")))
                .list();
    }

    /** Every Veilig Thuis region in the year in force: code to name, in the order of the codes. */
    public Map<String, String> regionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM vt_region WHERE year = :year ORDER BY code").param("year", yearInForce())
                .query((RowCallbackHandler) rs -> names.put(rs.getString(1), rs.getString(2)));
        return names;
    }

    /** The name of the Veilig Thuis region with this code in the year in force, when there is one. */
    public Optional<String> findRegionName(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT name FROM vt_region WHERE year = :year AND code = :code")
                .param("year", yearInForce()).param("code", code.strip().toUpperCase(Locale.ROOT)).query(String.class).optional();
    }

    public String regionName(String code) {
        return jdbc.sql("SELECT name FROM vt_region WHERE year = :year AND code = :code")
                .param("year", yearInForce()).param("code", code).query(String.class).optional().orElse(code);
    }

    /** The latest reference year that is not after today. */
    public int yearInForce() {
        int thisYear = LocalDate.now(clock).getYear();
        return jdbc.sql("SELECT coalesce(max(year), (SELECT min(year) FROM reference_data_set)) FROM reference_data_set WHERE year <= :y")
                .param("y", thisYear).query(Integer.class).single();
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:reference/*/gemeenten.csv");
            TreeSet<Integer> years = new TreeSet<>();
            for (Resource file : files) {
                Matcher m = YEAR.matcher(file.getURL().toString());
                if (m.find()) {
                    years.add(Integer.parseInt(m.group(1)));
                }
            }
            for (int year : years) {
                boolean loaded = jdbc.sql("SELECT EXISTS (SELECT 1 FROM reference_data_set WHERE year = :y)")
                        .param("y", year).query(Boolean.class).single();
                if (!loaded) {
                    transactions.executeWithoutResult(s -> load(year));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reference data", e);
        }
    }

    private void load(int year) {
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            List<List<String>> regions = Csv.rows(resolver.getResource("classpath:reference/" + year + "/vt-regios.csv").getInputStream());
            List<List<String>> municipalities = Csv.rows(resolver.getResource("classpath:reference/" + year + "/gemeenten.csv").getInputStream());
            List<List<String>> places = Csv.rows(resolver.getResource("classpath:reference/" + year + "/woonplaatsen.csv").getInputStream());
            jdbc.sql("INSERT INTO reference_data_set (year, loaded_at, regions, municipalities, place_names) VALUES (:y, :t, :r, :m, :p)")
                    .param("y", year).param("t", Timestamp.from(clock.instant())).param("r", regions.size())
                    .param("m", municipalities.size()).param("p", places.size()).update();
            batch.batchUpdate("INSERT INTO vt_region (year, code, name) VALUES (?, ?, ?)",
                    regions.stream().map(r -> new Object[] {year, r.get(0), r.get(1)}).toList());
            batch.batchUpdate("INSERT INTO municipality (year, code, name, province, region_code) VALUES (?, ?, ?, ?, ?)",
                    municipalities.stream().map(m -> new Object[] {year, m.get(0), m.get(1), m.get(2), m.get(3)}).toList());
            batch.batchUpdate("INSERT INTO place_name (year, name, municipality_code) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    places.stream().map(p -> new Object[] {year, p.get(0), p.get(1)}).toList());
            log.info("Reference data {} loaded: {} regions, {} municipalities, {} place names", year, regions.size(),
                    municipalities.size(), places.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reference data of " + year, e);
        }
    }
}
