package se.valedger.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextMustBePrintableTest {

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("NUL", "ab\u0000c", "U+0000", 3),
                Arguments.of("escape", "\u001b[31m", "U+001B", 1),
                Arguments.of("DEL", "a\u007f", "U+007F", 2),
                Arguments.of("C1 control", "x\u0085", "U+0085", 2),
                Arguments.of("lone high surrogate", "id-\uD800", "U+D800", 4),
                Arguments.of("lone low surrogate", "\uDC00x", "U+DC00", 1),
                Arguments.of("non-character FDD0", "a\uFDD0", "U+FDD0", 2),
                Arguments.of("non-character FFFE", "\uFFFE", "U+FFFE", 1),
                Arguments.of("plane 1 non-character", "\uD83F\uDFFFz", "U+1FFFF", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aRefusedCharacterIsNamedWithItsCodePointAndPosition(String name, String text, String codePoint, int position) {
        assertThatThrownBy(() -> TextMustBePrintable.check("district", text))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("district");
                    assertThat(e.reason()).contains(codePoint).contains("at position " + position);
                });
    }

    @Test
    void tabsLineBreaksSwedishLettersAndPairedSurrogatesAreText() {
        String text = "Åre\tÖstersund\r\nväg ☃ \uD83D\uDCA7 (emoji) \u00e4";
        assertThat(TextMustBePrintable.problemIn(text)).isNull();
        assertThat(TextMustBePrintable.problemIn(null)).isNull();
    }

    @Test
    void positionsCountCharactersNotUtf16Units() {
        assertThat(TextMustBePrintable.problemIn("\uD83D\uDCA7\u0000")).contains("at position 2");
    }
}
