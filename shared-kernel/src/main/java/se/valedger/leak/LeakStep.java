package se.valedger.leak;

import java.time.Instant;
import java.util.Map;

/** One recorded step of a leak's work (isolate, temporary-repair, hygiene, restore-surface), with its time and facts. */
public record LeakStep(String step, Instant at, Map<String, Object> facts) {
}
