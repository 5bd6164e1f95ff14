package org.advisoryforum.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class SafeTextTest {

    private static final String NASTY = "a\u0000b\u0007c\u001b[31m\rd\u0085e\ud800f\uffff<&>\"'\n\tok \ud83d\ude00";

    @Test
    void textFieldsAcceptNewlineTabAndCrlfOnly() {
        assertThat(SafeText.isAcceptable("one\ntwo\r\nthree\tfour \ud83d\ude00"))
                .isTrue();
        for (String bad :
                new String[] {"\u0000", "\u0001", "\r", "a\rb", "\u007f", "\u0085", "\ud800", "\udc00x", "\ufffe"}) {
            assertThat(SafeText.isAcceptable(bad)).as(bad).isFalse();
        }
    }

    @Test
    void xmlTextParsesWhateverWasStored() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><t a=\"" + SafeText.xml(NASTY) + "\">"
                + SafeText.xml(NASTY) + "</t>";
        var document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTextContent()).isEqualTo("abc[31m\ndef<&>\"'\n\tok \ud83d\ude00");
    }

    @Test
    void csvCellsAreQuotedDefusedAndFreeOfControlCharacters() {
        assertThat(SafeText.csvCell("plain")).isEqualTo("plain");
        assertThat(SafeText.csvCell("=1+1")).isEqualTo("'=1+1");
        assertThat(SafeText.csvCell("a,\"b\"\nc")).isEqualTo("\"a,\"\"b\"\"\nc\"");
        assertThat(SafeText.csvCell("x\u0000y\u0007")).isEqualTo("xy");
        assertThat(SafeText.csvCell(-5)).isEqualTo("-5");
        assertThat(SafeText.csvCell(null)).isEmpty();
    }
}
