package org.advisoryforum.forum.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimsCsvTest {

    @Test
    void cellsWithSeparatorsAreQuotedAndFormulaeDefused() {
        assertThat(ClaimsCsv.cell("plain")).isEqualTo("plain");
        assertThat(ClaimsCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(ClaimsCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ClaimsCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ClaimsCsv.cell("-5")).isEqualTo("'-5");
    }
}
