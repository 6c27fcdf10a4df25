package se.valedger.leak;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record LeakHygieneRecorded(String leakId, Instant at, boolean flushed, boolean disinfected, boolean sampleTaken,
                                  SampleResult sampleResult, Instant boilWaterNoticeIssuedAt,
                                  Instant boilWaterNoticeLiftedAt, String note) {
}
