package se.valedger.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecurrenceMakesARenewalCandidateTest {

    @Test
    void rootsThatReturnedTheConfiguredNumberOfTimesMakeARenewalCandidateExplainedAsSuch() {
        RecurrenceMakesARenewalCandidate twice = new RecurrenceMakesARenewalCandidate(2);
        assertThat(twice.renewalCandidate(1)).isFalse();
        assertThat(twice.reason("ROOT_CUTTING", 1)).isNull();
        assertThat(twice.renewalCandidate(2)).isTrue();
        assertThat(twice.reason("ROOT_CUTTING", 2))
                .isEqualTo("roots returned after 2 cleanings (recurrence count 2): a renewal candidate, relining is the "
                        + "classic remedy");
        assertThat(new RecurrenceMakesARenewalCandidate(1).reason("FLUSHING", 1)).startsWith("deposits returned after 1 cleaning ");
    }

    @Test
    void aCountOutsideOneToAHundredIsRefused() {
        assertThatThrownBy(() -> new RecurrenceMakesARenewalCandidate(0)).hasMessageContaining("1-100");
    }
}
