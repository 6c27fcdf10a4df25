package se.valedger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;
import se.valedger.app.ReadYourWrites;

class ReadYourWritesTokenTest {

    static TrackingToken at(long index, Long... gaps) {
        return GapAwareTrackingToken.newInstance(index, Set.of(gaps));
    }

    @Test
    void aRolledBackGapBelowTheWritersPositionDoesNotKeepTheReaderWaiting() {
        assertThat(ReadYourWrites.passed(at(179, 14L, 15L), at(170))).isTrue();
    }

    @Test
    void theWritersOwnPositionStillMissingMeansNotYet() {
        assertThat(ReadYourWrites.passed(at(179, 170L), at(170))).isFalse();
        assertThat(ReadYourWrites.passed(at(169), at(170))).isFalse();
    }

    @Test
    void duringARebuildOnlyTheReplaysProgressCounts() {
        TrackingToken rebuilding = ReplayToken.createReplayToken(at(500), at(120));
        assertThat(ReadYourWrites.passed(rebuilding, at(170))).isFalse();
        assertThat(ReadYourWrites.passed(ReplayToken.createReplayToken(at(500), at(180)), at(170))).isTrue();
    }
}
