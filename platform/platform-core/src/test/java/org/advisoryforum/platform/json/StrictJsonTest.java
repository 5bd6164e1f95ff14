package org.advisoryforum.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    enum Quote {
        NAMED,
        ANONYMOUS
    }

    record Body(
            String title,
            Quote quote,
            LocalDate due,
            Instant at,
            List<String> items,
            Map<String, JsonNode> answers,
            Map<String, String> comments) {}

    private final ObjectMapper mapper = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

    private Body read(String json) throws Exception {
        return mapper.readValue(json.replace('\'', '"'), Body.class);
    }

    private static String code(Throwable e) {
        return ((RefusedInput) e).code();
    }

    @Test
    void validInputIsReadAsBefore() throws Exception {
        Body body = read(
                "{'title':'Line one\\nline two\\r\\n\\tindented','quote':'NAMED','due':'2026-03-31',"
                        + "'at':'2026-03-31T09:30:00Z','items':['a'],'answers':{'q1':null,'q2':'text','q3':[1,'x']},'comments':{'s':null}}");
        assertThat(body.title()).isEqualTo("Line one\nline two\r\n\tindented");
        assertThat(body.quote()).isEqualTo(Quote.NAMED);
        assertThat(body.due()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(body.answers().get("q1").isNull()).isTrue();
    }

    @Test
    void controlCharactersAreRefusedInTextListsMapKeysAndFreeJsonNamingTheField() {
        for (String bad : List.of("\\u0000", "\\u0007", "\\u001b", "a\\rb", "\\u0085", "\\ud800", "\\uffff")) {
            assertThatThrownBy(() -> read("{'title':'x" + bad + "'}"))
                    .satisfies(e -> assertThat(code(e)).isEqualTo("control_character"))
                    .satisfies(
                            e -> assertThat(((RefusedInput) e).getPath().get(0).getFieldName())
                                    .isEqualTo("title"));
        }
        assertThatThrownBy(() -> read("{'items':['ok','\\u0000']}"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("control_character"));
        assertThatThrownBy(() -> read("{'comments':{'k\\u0001':'v'}}"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("control_character"));
        assertThatThrownBy(() -> read("{'answers':{'q':{'deep':['\\u0000']}}}"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("control_character"));
    }

    @Test
    void duplicateKeysAndTrailingContentAreRefused() {
        assertThatThrownBy(() -> read("{'title':'a','title':'b'}"))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("Duplicate field 'title'");
        assertThatThrownBy(() -> read("{}{}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void nullItemsInListsAreRefused() {
        assertThatThrownBy(() -> read("{'items':[null]}")).isInstanceOf(InvalidNullException.class);
    }

    @Test
    void enumsAreReadExactly() {
        for (String bad : List.of("' NAMED '", "'named'", "0", "''", "'1'")) {
            assertThatThrownBy(() -> read("{'quote':" + bad + "}")).isInstanceOf(InvalidFormatException.class);
        }
    }

    @Test
    void datesOutOfTheYears2000To2100OrNotIsoStringsAreRefused() {
        for (String far : List.of("'+999999999-12-31'", "'0001-01-01'", "'1999-12-31'", "'2101-01-01'")) {
            assertThatThrownBy(() -> read("{'due':" + far + "}"))
                    .satisfies(e -> assertThat(code(e)).isEqualTo("date_out_of_range"));
        }
        for (String far : List.of("'-1000000000-01-01T00:00:00Z'", "'10000-01-01T00:00:00Z'")) {
            assertThatThrownBy(() -> read("{'at':" + far + "}"))
                    .satisfies(e -> assertThat(code(e)).isIn("date_out_of_range", "date_format"));
        }
        for (String malformed : List.of("2147483648", "'2026-02-30'", "'tomorrow'", "true", "[2026,1,1]")) {
            assertThatThrownBy(() -> read("{'due':" + malformed + "}"))
                    .satisfies(e -> assertThat(code(e)).isEqualTo("date_format"));
            assertThatThrownBy(() -> read("{'at':" + malformed + "}"))
                    .satisfies(e -> assertThat(code(e)).isEqualTo("date_format"));
        }
    }

    @Test
    void whatThePlatformWroteItselfStillTravelsAsStored() throws Exception {
        Body stored =
                new Body("bell\u0007", Quote.NAMED, LocalDate.of(1999, 1, 1), null, List.of("a"), Map.of(), Map.of());
        JsonNode tree = mapper.valueToTree(stored);
        assertThat(tree.get("title").textValue()).isEqualTo("bell\u0007");
        assertThat(mapper.convertValue(stored, Body.class).due()).isEqualTo(LocalDate.of(1999, 1, 1));
        assertThatThrownBy(() -> mapper.readValue(mapper.writeValueAsString(stored), Body.class))
                .isInstanceOf(RefusedInput.class);
    }
}
