package nl.vangnet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input never gets a 5xx: reads the application's own OpenAPI document and sends every operation a bounded number
 * of malformed requests generated from its schema (wrong types, missing fields, nulls in arrays, huge strings, control
 * characters, extreme dates and numbers, wrong content types, unknown or malformed path ids, bad query parameters),
 * with the demo API tokens of several roles and a fixed seed, so a failure is repeatable. Each request starts from a
 * plausible body (so that it passes the other checks) with one thing wrong, or is wrong as a whole. Failures are listed
 * by method, path template and a short description of what was wrong, never the values (they may look like personal
 * data).
 */
@IntegrationTest
class ApiFuzzIT {

    static final long SEED = 20260430L;
    static final int REQUESTS_PER_OPERATION = 40;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @LocalServerPort int port;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final ObjectMapper json = JsonMapper.builder().build();
    final Random random = new Random(SEED);
    Map<String, Object> doc;
    final Map<String, List<String>> ids = new LinkedHashMap<>();

    static final String[] TOKENS = {"demo-medewerker", "demo-medewerker", "demo-medewerker", "demo-medewerker",
            "demo-medewerker", "demo-medewerker", "demo-teamleider", "demo-teamleider",
            "demo-crisisdienst", "demo-fg", "demo-jurist", "demo-secretariaat", "demo-applicatiebeheer"};

    /** The first seven are picked half of the time. */
    static final String[] NASTY_STRINGS = {"tekst\u0000met nul", "\u0085\u009b", "x".repeat(100_000), "+1000000-01-01",
            "-999999999-01-01", "+1000000-01-01T00:00:00Z", "12345", "\u0000", "\u0007\u001b[31m", "", "   ", "é".repeat(5_000),
            "-999999999-01-01T00:00:00+18:00", "0000-00-00", "2026-02-30", "2026-04-30T25:61:00+02:00", "1900-01-01",
            "9999-12-31", "12345", "-1", "NaN", "null", "true", "<script>alert(1)</script>", "'; drop table report; --",
            "\ud83d\ude00", "\ud800", "%00", "../../etc/passwd", "00000000-0000-0000-0000-000000000000", "not-a-uuid",
            "GEEN_BESTAANDE_WAARDE", "child", "\t\r\n"};

    static final Object[] NASTY_NUMBERS = {Long.MAX_VALUE, Long.MIN_VALUE, -1, 0, 1.5e308, -1.5e308, 3.5,
            new BigInteger("99999999999999999999999999"), Integer.MAX_VALUE, 100_000_000, -999_999_999};

    record Failure(String method, String path, String what, int status) {
        @Override
        public String toString() {
            return status + " " + method + " " + path + ": " + what;
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void noMalformedRequestOnAnyOperationGetsA5xx() throws Exception {
        String apiDocs = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Path out = Path.of("target", "openapi.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, apiDocs);
        doc = json.readValue(apiDocs, Map.class);
        clock.advance(Duration.ofMillis(1));
        seedIds();

        List<Failure> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Map<Integer, Integer>> perOperation = new TreeMap<>();
        int sent = 0;
        Map<String, Object> paths = new TreeMap<>((Map<String, Object>) doc.get("paths"));
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            Map<String, Object> methods = new TreeMap<>((Map<String, Object>) path.getValue());
            for (Map.Entry<String, Object> method : methods.entrySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                Map<String, Object> operation = (Map<String, Object>) method.getValue();
                for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                    sent++;
                    // The test clock stands still: a moment per request keeps what the fuzzing created in order
                    // (other tests pick "the first report of the case worker" by its creation time).
                    clock.advance(Duration.ofMillis(1));
                    Attempt attempt = attempt(path.getKey(), method.getKey().toUpperCase(), operation, i);
                    int status;
                    try {
                        status = http.send(attempt.request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException e) {
                        failures.add(new Failure(attempt.method, path.getKey(), attempt.what + " (connection: " + e.getClass().getSimpleName() + ")", 599));
                        continue;
                    }
                    statuses.merge(status, 1, Integer::sum);
                    perOperation.computeIfAbsent(method.getKey().toUpperCase() + " " + path.getKey(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
                    if (status >= 500) {
                        failures.add(new Failure(attempt.method, path.getKey(), attempt.what, status));
                    }
                }
            }
        }
        System.out.printf("ApiFuzzIT: %d requests, %d answered 5xx; by status %s%n", sent, failures.size(), statuses);
        failures.forEach(f -> System.out.println("ApiFuzzIT 5xx: " + f));
        perOperation.forEach((op, counts) -> System.out.println("ApiFuzzIT per operation: " + op + " " + counts));
        assertThat(sent).isGreaterThan(500);
        assertThat(failures).as("requests answered with 5xx (of %d sent)", sent).isEmpty();
    }

    /** A fresh report (and so a dossier with persons) of the demo case worker, and the staff, teams and other ids. */
    void seedIds() throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").header("Authorization", "Bearer demo-medewerker")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.exampleReport(TestData.randomBsn(), TestData.uniqueSurname("Fuzz"))))
                .andReturn().getResponse().getContentAsString();
        String reportId = JsonPath.read(body, "$.id");
        String dossierId = JsonPath.read(body, "$.dossierId");
        List<String> personIds = JsonPath.read(body, "$.persons[*].personId");
        ids.put("report", List.of(reportId));
        ids.put("dossier", List.of(dossierId));
        ids.put("person", personIds);
        ids.put("staff", jdbc.sql("select id::text from staff_user").query(String.class).list());
        ids.put("team", jdbc.sql("select id::text from team").query(String.class).list());
        ids.put("advice", jdbc.sql("select id::text from advice_request limit 5").query(String.class).list());
    }

    record Attempt(String method, HttpRequest.Builder request, String what) {
    }

    @SuppressWarnings("unchecked")
    Attempt attempt(String template, String method, Map<String, Object> operation, int i) throws Exception {
        int kind = i % 10;
        List<String> what = new ArrayList<>();
        String path = template;
        for (String name : pathParameters(template)) {
            String value = knownIdFor(template, name);
            if (kind == 9 || random.nextInt(20) == 0) {
                String[] bad = {UUID.randomUUID().toString(), "not-a-uuid", "%00", "9".repeat(300), "-1",
                        "00000000-0000-0000-0000-000000000000", "%E2%80%AE"};
                value = bad[random.nextInt(bad.length)];
                what.add("path " + name + " unknown or malformed");
            }
            path = path.replace("{" + name + "}", value);
        }
        StringBuilder query = new StringBuilder();
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKENS[random.nextInt(TOKENS.length)]);
        for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
            Map<String, Object> parameter = resolve((Map<String, Object>) p);
            String in = (String) parameter.get("in");
            String name = (String) parameter.get("name");
            Map<String, Object> schema = resolve((Map<String, Object>) parameter.getOrDefault("schema", Map.of()));
            if ("path".equals(in)) {
                continue;
            }
            boolean bad = kind == 8 || random.nextInt(6) == 0;
            if (bad && random.nextInt(4) == 0) {
                what.add(in + " " + name + " left out");
                continue;
            }
            Object value = bad ? nasty(schema) : plausible(name, schema);
            if (bad) {
                what.add(in + " " + name + " " + describe(value));
            }
            if (value == null) {
                continue;
            }
            String text = value instanceof String s ? s : json.writeValueAsString(value);
            if ("query".equals(in)) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(URLEncoder.encode(text, StandardCharsets.UTF_8));
            } else if ("header".equals(in)) {
                try {
                    request.header(name, text);
                } catch (IllegalArgumentException e) {
                    what.add("(header " + name + " not sendable, left out)");
                }
            }
        }
        Map<String, Object> requestBody = (Map<String, Object>) operation.get("requestBody");
        if (requestBody != null) {
            Map<String, Object> content = (Map<String, Object>) requestBody.get("content");
            Map<String, Object> media = (Map<String, Object>) content.values().iterator().next();
            Map<String, Object> schema = resolve((Map<String, Object>) media.getOrDefault("schema", Map.of()));
            Object body = plausible("body", schema);
            String contentType = MediaType.APPLICATION_JSON_VALUE;
            String raw = null;
            switch (kind) {
                case 0, 1, 2 -> {
                    List<String> leaf = new ArrayList<>();
                    body = mutateOneLeaf(body, schema, "", leaf);
                    what.addAll(leaf);
                }
                case 3 -> {
                    body = randomValue(schema, 0);
                    what.add("every field random");
                }
                case 4 -> {
                    String[] types = {MediaType.MULTIPART_FORM_DATA_VALUE, "*/*", MediaType.TEXT_PLAIN_VALUE,
                            MediaType.APPLICATION_XML_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE, "application/json; charset=latin-7",
                            "application/json-patch+json", "nonsense"};
                    contentType = types[random.nextInt(types.length)];
                    what.add("content type " + contentType);
                }
                case 5 -> {
                    String[] raws = {"", "null", "[]", "{", "\"tekst\"", "123", "[".repeat(5000), "{\"a\":" .repeat(2000),
                            "{\"x\":1,\"x\":2}", "\u0000", "{}"};
                    raw = raws[random.nextInt(raws.length)];
                    what.add("raw body of " + raw.length() + " characters");
                }
                case 6 -> {
                    body = nullsInArrays(body);
                    what.add("null items in every array");
                }
                case 7 -> {
                    body = dropFields(body);
                    what.add("fields left out");
                }
                default -> {
                }
            }
            String content2 = raw != null ? raw : json.writeValueAsString(body);
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(content2));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        request.uri(URI.create("http://localhost:" + port + server() + path + query));
        if (what.isEmpty()) {
            what.add("plausible request");
        }
        return new Attempt(method, request, String.join("; ", what));
    }

    /** The paths of the document are relative to its (one) server URL; this test calls its path on the test server. */
    @SuppressWarnings("unchecked")
    String server() {
        List<Map<String, Object>> servers = (List<Map<String, Object>>) doc.getOrDefault("servers", List.of());
        return servers.isEmpty() ? "" : URI.create((String) servers.getFirst().get("url")).getPath();
    }

    static List<String> pathParameters(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    String knownIdFor(String template, String name) {
        if (name.equals("id")) {
            if (template.startsWith("/reports")) {
                return ids.get("report").getFirst();
            }
            if (template.startsWith("/advice-requests") && !ids.get("advice").isEmpty()) {
                return pick(ids.get("advice"));
            }
            return ids.get("dossier").getFirst();
        }
        if (name.toLowerCase().contains("worker")) {
            return pick(ids.get("staff"));
        }
        return UUID.randomUUID().toString();
    }

    String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref instanceof String r) {
            String[] parts = r.substring(2).split("/");
            Object node = doc;
            for (String part : parts) {
                node = ((Map<String, Object>) node).get(part);
            }
            return resolve((Map<String, Object>) node);
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> properties(Map<String, Object> schema) {
        return (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    }

    /** A value that would pass, by schema (type, format, enum) and by the field's name. */
    @SuppressWarnings("unchecked")
    Object plausible(String name, Map<String, Object> schemaRef) {
        Map<String, Object> schema = resolve(schemaRef);
        String type = (String) schema.getOrDefault("type", schema.containsKey("properties") ? "object" : "string");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        switch (type) {
            case "object" -> {
                Map<String, Object> out = new LinkedHashMap<>();
                properties(schema).forEach((k, v) -> out.put(k, plausible(k, (Map<String, Object>) v)));
                return out;
            }
            case "array" -> {
                List<Object> out = new ArrayList<>();
                Map<String, Object> items = (Map<String, Object>) schema.getOrDefault("items", Map.of());
                int n = 1 + random.nextInt(2);
                for (int k = 0; k < n; k++) {
                    out.add(plausible(name, items));
                }
                return out;
            }
            case "boolean" -> {
                return random.nextBoolean();
            }
            case "integer", "number" -> {
                return name.toLowerCase().contains("days") ? 14 : 1 + random.nextInt(10);
            }
            default -> {
            }
        }
        List<Object> values = (List<Object>) schema.get("enum");
        if (values != null && !values.isEmpty()) {
            return values.get(random.nextInt(values.size()));
        }
        String format = (String) schema.getOrDefault("format", "");
        String lower = name.toLowerCase();
        if (format.equals("date-time") || name.endsWith("At")) {
            return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusHours(1).toString();
        }
        if (lower.equals("dateofbirth")) {
            return "2015-06-01";
        }
        if (format.equals("date") || name.endsWith("On") || lower.contains("date") || lower.equals("from") || lower.equals("to")) {
            return (lower.contains("callback") || lower.contains("review") || lower.contains("planned") ? today.plusDays(7) : today).toString();
        }
        if (format.equals("uuid") || name.endsWith("Id")) {
            if (lower.contains("team")) {
                return pick(ids.get("team"));
            }
            if (lower.contains("victim") || lower.contains("perpetrator") || lower.contains("person")) {
                return pick(ids.get("person"));
            }
            if (lower.contains("advice") && !ids.get("advice").isEmpty()) {
                return pick(ids.get("advice"));
            }
            return pick(ids.get("staff"));
        }
        return switch (lower) {
            case "bsn" -> TestData.randomBsn();
            case "postcode" -> "3511AB";
            case "housenumber" -> "12";
            case "municipalitycode" -> "GM0344";
            case "email" -> "iemand@example.org";
            case "phone" -> "0301234567";
            case "code" -> "123456";
            default -> "Een korte tekst";
        };
    }

    /** A wrong value for a schema: the other type, nothing, or a nasty value of its own type. */
    Object nasty(Map<String, Object> schemaRef) {
        Map<String, Object> schema = resolve(schemaRef);
        String type = (String) schema.getOrDefault("type", "string");
        int r = random.nextInt(10);
        if (r == 0) {
            return null;
        }
        if (r == 1) {
            Object[] other = {List.of(), Map.of(), true, 42, "tekst", Collections.singletonList(null), Map.of("a", List.of(Map.of()))};
            return other[random.nextInt(other.length)];
        }
        if (type.equals("integer") || type.equals("number")) {
            return NASTY_NUMBERS[random.nextInt(NASTY_NUMBERS.length)];
        }
        if (type.equals("boolean")) {
            return random.nextBoolean() ? "ja" : 2;
        }
        if (r == 2) {
            return NASTY_NUMBERS[random.nextInt(NASTY_NUMBERS.length)];
        }
        if (random.nextBoolean()) {
            return NASTY_STRINGS[random.nextInt(7)];
        }
        return NASTY_STRINGS[random.nextInt(NASTY_STRINGS.length)];
    }

    @SuppressWarnings("unchecked")
    Object randomValue(Map<String, Object> schemaRef, int depth) {
        Map<String, Object> schema = resolve(schemaRef);
        String type = (String) schema.getOrDefault("type", schema.containsKey("properties") ? "object" : "string");
        if (depth < 4 && type.equals("object") && random.nextInt(5) > 0) {
            Map<String, Object> out = new LinkedHashMap<>();
            properties(schema).forEach((k, v) -> out.put(k, random.nextBoolean() ? plausible(k, (Map<String, Object>) v)
                    : randomValue((Map<String, Object>) v, depth + 1)));
            return out;
        }
        if (depth < 4 && type.equals("array") && random.nextInt(5) > 0) {
            List<Object> out = new ArrayList<>();
            int n = random.nextInt(4);
            for (int k = 0; k < n; k++) {
                out.add(randomValue((Map<String, Object>) schema.getOrDefault("items", Map.of()), depth + 1));
            }
            return out;
        }
        return nasty(schema);
    }

    /** The body with exactly one value somewhere in it replaced by a nasty one. */
    @SuppressWarnings("unchecked")
    Object mutateOneLeaf(Object body, Map<String, Object> schemaRef, String at, List<String> what) {
        Map<String, Object> schema = resolve(schemaRef);
        if (body instanceof Map<?, ?> map && !map.isEmpty()) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
            List<String> keys = new ArrayList<>(copy.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            Map<String, Object> child = (Map<String, Object>) properties(schema).getOrDefault(key, Map.of());
            if (random.nextInt(3) == 0) {
                Object value = nasty(child);
                copy.put(key, value);
                what.add(at + key + " " + describe(value));
            } else {
                copy.put(key, mutateOneLeaf(copy.get(key), child, at + key + ".", what));
            }
            return copy;
        }
        if (body instanceof List<?> list && !list.isEmpty()) {
            List<Object> copy = new ArrayList<>(list);
            int index = random.nextInt(copy.size());
            copy.set(index, mutateOneLeaf(copy.get(index), (Map<String, Object>) schema.getOrDefault("items", Map.of()),
                    at.isEmpty() ? "[" + index + "]." : at.substring(0, at.length() - 1) + "[" + index + "].", what));
            return copy;
        }
        Object value = nasty(schema);
        what.add((at.isEmpty() ? "body" : at.substring(0, at.length() - 1)) + " " + describe(value));
        return value;
    }

    @SuppressWarnings("unchecked")
    Object nullsInArrays(Object body) {
        if (body instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, nullsInArrays(v)));
            return copy;
        }
        if (body instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(nullsInArrays(v)));
            copy.add(random.nextInt(copy.size() + 1), null);
            return copy;
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    Object dropFields(Object body) {
        if (body instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> {
                if (random.nextInt(3) > 0) {
                    copy.put(k, dropFields(v));
                }
            });
            return copy;
        }
        if (body instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(dropFields(v)));
            return copy;
        }
        return body;
    }

    /** What kind of value it was, without the value itself. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            if (s.length() > 40) {
                return "string of " + s.length() + " characters";
            }
            if (s.chars().anyMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f))) {
                return "string with control character(s) U+" + String.format("%04X", (int) s.chars().filter(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f)).findFirst().getAsInt());
            }
            if (s.matches("[+-]?\\d{5,}-.*|-?\\d+|0000-00-00|2026-02-30|.*T25:61.*|9999-12-31|1900-01-01")) {
                return "string '" + s + "'";
            }
            return "string of kind " + (s.isBlank() ? "blank" : s.matches("[A-Z_]+") ? "unknown enum" : "odd text");
        }
        if (value instanceof Number n) {
            return "number " + n;
        }
        if (value instanceof List<?> l) {
            return "array of " + l.size() + (l.stream().anyMatch(Objects::isNull) ? " with null" : "");
        }
        if (value instanceof Map<?, ?>) {
            return "object";
        }
        return value.getClass().getSimpleName().toLowerCase() + " " + value;
    }
}
