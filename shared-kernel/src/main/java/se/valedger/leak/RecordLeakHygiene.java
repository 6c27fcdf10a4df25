package se.valedger.leak;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Hygiene measures after opening a drinking-water main: flushing, disinfection, sampling with its result, a boil-water
 * notice issued and lifted. May be recorded more than once (the lab's result comes later).
 */
public record RecordLeakHygiene(@TargetAggregateIdentifier String leakId, Instant at, Boolean flushed,
                                Boolean disinfected, Boolean sampleTaken, SampleResult sampleResult,
                                Instant boilWaterNoticeIssuedAt, Instant boilWaterNoticeLiftedAt, String note) {
}
