package se.valedger.leak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeakIdsTest {

    @Test
    void everyReportGetsAnIdOfItsOwnInTheFormTheApiAnswers() {
        String first = LeakIds.newReport();
        assertThat(first).matches("LEAK-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(LeakIds.newReport()).isNotEqualTo(first);
    }

    @Test
    void aFormSentTwiceNamesTheSameLeakAndAnotherUsersFormAnother() {
        String once = LeakIds.ofSubmission("erik", "key-1");
        assertThat(once).matches("LEAK-[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(LeakIds.ofSubmission("erik", "key-1")).isEqualTo(once);
        assertThat(LeakIds.ofSubmission("anna", "key-1")).isNotEqualTo(once);
        assertThat(LeakIds.ofSubmission("erik", "key-2")).isNotEqualTo(once);
    }

    @Test
    void aLeakFromAnotherSystemsRecordsKeepsThatSystemsIdBehindTheSourcesName() {
        assertThat(LeakIds.ofRecord("LADWP", "1234")).isEqualTo("LADWP-1234");
        assertThat(LeakIds.ofRecord("LADWP", "1234")).isNotEqualTo(LeakIds.ofRecord("LADWP", "1235"));
    }
}
