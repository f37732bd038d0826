package nl.vangnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.vangnet.platform.OwnsTables;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;

/**
 * Each table has one owning module, and only that module's SQL names it; other modules read the owner's published
 * views or call its API. Spring Modulith checks the Java dependencies but cannot see SQL, so this reads the SQL in
 * every module's source (its string literals and text blocks) and the tables and views the migrations create.
 */
class EachModuleKeepsToItsOwnTablesTest {

    private static final Path SOURCES = Path.of("src/main/java/nl/vangnet");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /**
     * Modules allowed to name other modules' tables, and why. The demo's volume generator writes millions of
     * fictitious rows set-based, as the schema owner would, only into a demo database.
     */
    private static final Map<String, Set<String>> EXEMPT = Map.of("demo", Set.of("VolumeGenerator.java"));

    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern RELATION = Pattern.compile(
            "\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|USING)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATED = Pattern.compile(
            "\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?(TABLE|VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DROPPED = Pattern.compile(
            "\\bDROP\\s+(TABLE|VIEW)\\s+(?:IF\\s+EXISTS\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

    record Ownership(String module, boolean published) {
    }

    /** Table or view name to its owner, from each module's {@link OwnsTables}. */
    static Map<String, Ownership> owners() {
        Map<String, Ownership> owners = new TreeMap<>();
        List<String> twice = new ArrayList<>();
        for (ApplicationModule module : ModularityTests.MODULES) {
            OwnsTables owns = ownsTables(module);
            if (owns == null) {
                continue;
            }
            for (String table : owns.value()) {
                if (owners.put(table, new Ownership(module.getIdentifier().toString(), false)) != null) {
                    twice.add(table);
                }
            }
            for (String view : owns.published()) {
                if (owners.put(view, new Ownership(module.getIdentifier().toString(), true)) != null) {
                    twice.add(view);
                }
            }
        }
        assertThat(twice).as("tables with more than one owner").isEmpty();
        return owners;
    }

    private static OwnsTables ownsTables(ApplicationModule module) {
        try {
            return Class.forName(module.getBasePackage().getName() + ".package-info").getAnnotation(OwnsTables.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** The tables and views the migrations leave behind, with whether each is a view. */
    static Map<String, Boolean> createdByMigrations() {
        Map<String, Boolean> created = new TreeMap<>();
        for (Path migration : files(MIGRATIONS, ".sql")) {
            String sql = read(migration).replaceAll("--[^\\n]*", "");
            Matcher c = CREATED.matcher(sql);
            while (c.find()) {
                created.put(c.group(2).toLowerCase(), c.group(1).equalsIgnoreCase("VIEW"));
            }
            Matcher d = DROPPED.matcher(sql);
            while (d.find()) {
                created.remove(d.group(2).toLowerCase());
            }
        }
        return created;
    }

    @Test
    void everyTableAndViewHasOneOwningModule() {
        Map<String, Ownership> owners = owners();
        Map<String, Boolean> created = createdByMigrations();
        assertThat(owners.keySet()).as("owned tables and published views that no migration creates")
                .isSubsetOf(created.keySet());
        assertThat(created.keySet()).as("tables and views that no module owns").isSubsetOf(owners.keySet());
        created.forEach((name, view) -> assertThat(owners.get(name).published())
                .as("%s is published exactly when it is a view", name).isEqualTo(view));
    }

    @Test
    void aModulesSqlNamesOnlyItsOwnTablesAndPublishedViews() {
        Map<String, Ownership> owners = owners();
        Map<String, Set<String>> violations = new TreeMap<>();
        for (ApplicationModule module : ModularityTests.MODULES) {
            String name = module.getIdentifier().toString();
            for (Path source : files(SOURCES.resolve(module.getBasePackage().getName().substring("nl.vangnet.".length())
                    .replace('.', '/')), ".java")) {
                if (EXEMPT.getOrDefault(name, Set.of()).contains(source.getFileName().toString())) {
                    continue;
                }
                for (String table : relationsNamedIn(read(source))) {
                    Ownership owner = owners.get(table);
                    if (owner != null && !owner.module().equals(name) && !owner.published()) {
                        violations.computeIfAbsent(name + " " + source.getFileName(), k -> new TreeSet<>())
                                .add(table + " (" + owner.module() + ")");
                    }
                }
            }
        }
        assertThat(violations).as("SQL naming another module's tables").isEmpty();
    }

    @Test
    void theCheckSeesTablesInEveryFormOfSql() {
        String source = """
                class X {
                    String a = "SELECT x FROM dossier d JOIN team t ON t.id = d.team_id";
                    String b = \"""
                            INSERT INTO report (id) VALUES (:id)\""";
                    String c = "UPDATE consultation SET closed_at = now()";
                    String d = "DELETE FROM person WHERE id = :id";
                    String e = "the word from is not sql: " + "from here";
                }
                """;
        assertThat(relationsNamedIn(source)).contains("dossier", "team", "report", "consultation", "person");
    }

    static Set<String> relationsNamedIn(String javaSource) {
        Set<String> names = new TreeSet<>();
        Matcher s = STRING.matcher(javaSource);
        while (s.find()) {
            String literal = s.group(1) != null ? s.group(1) : s.group(2);
            Matcher r = RELATION.matcher(literal);
            while (r.find()) {
                names.add(r.group(1).toLowerCase());
            }
        }
        return names;
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
