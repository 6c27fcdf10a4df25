package se.valedger.network;

import java.util.List;

/**
 * What isolating a pipe means (issue 20): the working valves to close that bound its segment ({@code valvesToClose};
 * {@code segmentPipes} are the pipes between them), the valves met at the boundary but not used and why
 * ({@code skippedValves}: broken, unknown, control, already closed), the pipes and nodes that lose supply (the
 * segment, and what is no longer connected to any source: reservoir, tank, treatment works; only what was connected
 * before counts), the households on service connections and the critical customers among them, and the lengths in km
 * of main shut off (the segment) and without water. {@code notes} says what the analysis could not do.
 */
public record Isolation(String pipeId, List<String> valvesToClose, List<SkippedValve> skippedValves,
                        List<String> segmentPipes, List<String> pipesWithoutWater, List<String> nodesWithoutWater,
                        int connectionsAffected, List<CriticalCustomerView> criticalCustomers, double mainKmShutOff,
                        double kmWithoutWater, List<String> notes) {
}
