package se.valedger.network;

import java.util.List;

/**
 * How much a pipe's failure matters to the network (issue 20), from the same analysis as its isolation: the households
 * and critical customers that lose water when it is isolated, and whether it is a <b>single feed</b>: taking the pipe
 * alone out (whatever the valves) cuts {@code nodesFedOnlyThroughIt} nodes off from every source (in graph terms, a
 * bridge between the sources and those nodes). {@code explanation} says it in words. These are the values the risk
 * score's consequence factors read (table {@code network.pipe_criticality}).
 */
public record Criticality(String pipeId, int householdsWithoutWater, List<CriticalCustomerView> criticalCustomers,
                          boolean singleFeed, int nodesFedOnlyThroughIt, String explanation) {
}
