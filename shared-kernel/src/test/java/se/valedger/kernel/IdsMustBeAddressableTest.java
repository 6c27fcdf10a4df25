package se.valedger.kernel;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsMustBeAddressableTest {

    @ParameterizedTest
    @ValueSource(strings = {"VA-1042", "goviken", "LEAK_2026.11.02", "SE:ÖSD:123", "Ålsta-ä-ö-7", "1"})
    void idsOfTheAlphabetAreAccepted(String id) {
        assertThatCode(() -> IdsMustBeAddressable.check("id", id)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "a..b", "a?b#c;d", "%2e%2e", "a/b", "a\\b", "a b", ".hidden", "-x", "a\u200Bb",
            "a\u202Eb", "a\u200Eb", "VA-\u0000", "VA-\uD800", "", "A\u030A"})
    void idsOutsideTheAlphabetAreRefusedNamingTheField(String id) {
        assertThatThrownBy(() -> IdsMustBeAddressable.check("id", id))
                .isInstanceOfSatisfying(InvalidInput.class, e -> org.assertj.core.api.Assertions.assertThat(e.field())
                        .isEqualTo("id"));
    }

    @org.junit.jupiter.api.Test
    void anIdNotInNfcIsRefusedAndSaysItIsNotConverted() {
        assertThatThrownBy(() -> IdsMustBeAddressable.check("pipeId", "A\u030Are"))
                .hasMessageContaining("NFC").hasMessageContaining("not converted");
    }

    @org.junit.jupiter.api.Test
    void aHundredAndOneCharactersIsTooLong() {
        assertThatThrownBy(() -> IdsMustBeAddressable.check("id", "x".repeat(101))).hasMessageContaining("at most 100");
    }
}
