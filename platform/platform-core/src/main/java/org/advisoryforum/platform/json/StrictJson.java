package org.advisoryforum.platform.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advisoryforum.platform.text.SafeText;

/**
 * How every service reads request bodies (through {@link StrictRequestJson}), so that bad input is refused while
 * reading with a field-named reason instead of reaching the database. The application's own ObjectMapper (events,
 * stored JSON, other systems' answers) is left as it is: what the platform wrote itself is read back as stored.
 * <ul>
 *   <li>a key given twice in one object is refused ({@code duplicate_key}), and so is anything after the value;</li>
 *   <li>text refuses control characters other than newline and tab, a carriage return only before a newline
 *       ({@code control_character}), in values and in map keys, also inside free JSON such as answers;</li>
 *   <li>a null item in a list or set is refused ({@code null_item}); null map values stay allowed;</li>
 *   <li>enums are read exactly: no trimming, no case folding, no numbers ({@code unknown_value});</li>
 *   <li>dates and times are ISO-8601 strings without padding ({@code date_format}; an empty string is no date) in the years {@value #MIN_YEAR} to
 *       {@value #MAX_YEAR} ({@code date_out_of_range}): every date the platform keeps is a schedule, a due date,
 *       a term or an event of today's work.</li>
 * </ul>
 */
public final class StrictJson {

    /** the parser of {@code valueToTree}/{@code convertValue} (its class is not public) */
    private static final String TOKEN_BUFFER = "com.fasterxml.jackson.databind.util.TokenBuffer$Parser";

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private StrictJson() {}

    /** Adds the rules to this mapper (give it a copy). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        for (Class<?> collection : List.of(List.class, Set.class, Collection.class)) {
            mapper.configOverride(collection).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
        SimpleModule module = new SimpleModule("advisory-forum-strict-input");
        module.setDeserializerModifier(new Modifier());
        module.addDeserializer(JsonNode.class, new PlainTextTree());
        mapper.registerModule(module);
        return mapper;
    }

    /** Objects turned into trees in process ({@code valueToTree}, {@code convertValue}) are not input. */
    static boolean isInput(JsonParser parser, DeserializationContext context) {
        return !TOKEN_BUFFER.equals(parser.getClass().getName());
    }

    static void checkText(JsonParser parser, DeserializationContext context, String text, Class<?> target)
            throws JsonMappingException {
        if (!isInput(parser, context)) {
            return;
        }
        int at = SafeText.firstRefused(text);
        if (at >= 0) {
            throw new RefusedInput(
                    parser,
                    target,
                    "control_character",
                    String.format(
                            "must not contain control characters (found U+%04X at position %d)",
                            (int) text.charAt(at), at));
        }
    }

    private static final class Modifier extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == String.class) {
                return new PlainText(deserializer);
            }
            if (BoundedTime.TYPES.contains(type)) {
                return new BoundedTime(deserializer, type);
            }
            return deserializer;
        }

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(
                DeserializationConfig config,
                JavaType type,
                BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return new ExactEnum(deserializer, type.getRawClass());
        }

        @Override
        public KeyDeserializer modifyKeyDeserializer(
                DeserializationConfig config, JavaType type, KeyDeserializer deserializer) {
            if (type.getRawClass() != String.class) {
                return deserializer;
            }
            return new KeyDeserializer() {
                @Override
                public Object deserializeKey(String key, DeserializationContext context) throws IOException {
                    checkText(context.getParser(), context, key, String.class);
                    return deserializer.deserializeKey(key, context);
                }
            };
        }
    }

    private static final class PlainText extends DelegatingDeserializer {

        PlainText(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new PlainText(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof String text) {
                checkText(parser, context, text, String.class);
            }
            return value;
        }
    }

    private static final class ExactEnum extends DelegatingDeserializer {

        private final Class<?> type;

        ExactEnum(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactEnum(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                boolean known = type.isEnum()
                        && Arrays.stream(type.getEnumConstants())
                                .anyMatch(
                                        constant -> ((Enum<?>) constant).name().equals(text));
                if (!known) {
                    throw context.weirdStringException(text, type, "not one of the values accepted");
                }
            }
            return super.deserialize(parser, context);
        }
    }

    private static final class BoundedTime extends DelegatingDeserializer {

        static final Set<Class<?>> TYPES =
                Set.of(Instant.class, LocalDate.class, LocalDateTime.class, OffsetDateTime.class, ZonedDateTime.class);

        private final Class<?> type;

        BoundedTime(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new BoundedTime(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!isInput(parser, context)) {
                return super.deserialize(parser, context);
            }
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedInput(parser, type, "date_format", expected());
            }
            String text = parser.getText();
            checkText(parser, context, text, type);
            if (!text.equals(text.strip())) {
                throw new RefusedInput(parser, type, "date_format", expected());
            }
            Object value;
            try {
                value = super.deserialize(parser, context);
            } catch (JsonMappingException | DateTimeException e) {
                throw new RefusedInput(parser, type, "date_format", expected());
            }
            if (value != null && !inRange(value)) {
                throw new RefusedInput(
                        parser, type, "date_out_of_range", "must be in the years " + MIN_YEAR + " to " + MAX_YEAR);
            }
            return value;
        }

        private String expected() {
            return type == LocalDate.class
                    ? "must be a date such as 2026-03-31"
                    : "must be a date and time such as 2026-03-31T09:30:00Z";
        }

        private static final Instant FIRST = Instant.parse(MIN_YEAR + "-01-01T00:00:00Z");
        private static final Instant AFTER_LAST = Instant.parse((MAX_YEAR + 1) + "-01-01T00:00:00Z");

        private static boolean inRange(Object value) {
            return switch (value) {
                case Instant instant -> !instant.isBefore(FIRST) && instant.isBefore(AFTER_LAST);
                case OffsetDateTime dateTime -> inRange(dateTime.toInstant());
                case ZonedDateTime dateTime -> inRange(dateTime.toInstant());
                case LocalDate date -> date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
                case LocalDateTime dateTime -> dateTime.getYear() >= MIN_YEAR && dateTime.getYear() <= MAX_YEAR;
                default -> true;
            };
        }
    }

    /** Free JSON (answers) holds the same text as any field. */
    private static final class PlainTextTree extends StdDeserializer<JsonNode> {

        @SuppressWarnings("unchecked")
        private static final JsonDeserializer<JsonNode> TREES =
                (JsonDeserializer<JsonNode>) (JsonDeserializer<?>) JsonNodeDeserializer.getDeserializer(JsonNode.class);

        PlainTextTree() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = TREES.deserialize(parser, context);
            if (isInput(parser, context)) {
                check(parser, context, node);
            }
            return node;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext context) {
            return NullNode.getInstance();
        }

        private static void check(JsonParser parser, DeserializationContext context, JsonNode node)
                throws JsonMappingException {
            if (node.isTextual()) {
                checkText(parser, context, node.textValue(), String.class);
            } else if (node.isContainerNode()) {
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    checkText(parser, context, field.getKey(), String.class);
                    check(parser, context, field.getValue());
                }
                for (JsonNode item : node.isArray() ? node : List.<JsonNode>of()) {
                    check(parser, context, item);
                }
            }
        }
    }
}
