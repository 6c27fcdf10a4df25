package se.valedger.network;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.Pseudograph;

/**
 * One consistent picture of the network for the analyses: a JGraphT multigraph ({@link Pseudograph}: parallel mains
 * between the same two nodes stay two edges, and a pipe may start and end at one node) whose vertices are node ids
 * and whose edges are the in-service pipes and the models' pumps and control valves; the kinds of the registered
 * nodes; and the valves at each pipe end. Immutable once built.
 */
final class NetworkModel {

    /** An edge: a pipe of the register (with its length) or a pump / control valve of a model. */
    record Link(String id, boolean pipe, String kind, double lengthM, String from, String to) {
        String other(String node) {
            return node.equals(from) ? to : from;
        }
    }

    /** A valve at a pipe end. */
    record ValveAt(String valveId, ValveKind kind, ValveStatus status) {
    }

    private final Graph<String, Link> graph = new Pseudograph<>(Link.class);
    private final Map<String, Link> pipes = new HashMap<>();
    private final Map<String, NodeKind> kinds = new HashMap<>();
    private final Map<String, List<ValveAt>> valves = new HashMap<>();
    private final Map<String, String> unplacedPipes = new HashMap<>();
    private final Map<String, Integer> householdsAtNode = new HashMap<>();
    private final Map<String, Integer> householdsOnPipe = new HashMap<>();
    private final List<CriticalCustomerView> criticalCustomers = new java.util.ArrayList<>();
    private final long version;

    NetworkModel(long version) {
        this.version = version;
    }

    long version() {
        return version;
    }

    void node(String nodeId, NodeKind kind) {
        kinds.put(nodeId, kind);
        graph.addVertex(nodeId);
    }

    /** Adds a pipe (or link) between two nodes; a pipe lacking one of its nodes is kept aside with the reason. */
    void link(Link link) {
        if (link.from() == null || link.to() == null) {
            unplacedPipes.put(link.id(), "the register names no " + (link.from() == null ? "start" : "end") + " node for it");
            return;
        }
        graph.addVertex(link.from());
        graph.addVertex(link.to());
        graph.addEdge(link.from(), link.to(), link);
        if (link.pipe()) {
            pipes.put(link.id(), link);
        }
    }

    void valve(String pipeId, String nodeId, ValveAt valve) {
        valves.computeIfAbsent(key(pipeId, nodeId), k -> new java.util.ArrayList<>()).add(valve);
    }

    void households(String nodeId, String pipeId, int count) {
        if (nodeId != null) {
            householdsAtNode.merge(nodeId, count, Integer::sum);
        } else if (pipeId != null) {
            householdsOnPipe.merge(pipeId, count, Integer::sum);
        }
    }

    void criticalCustomer(CriticalCustomerView customer) {
        criticalCustomers.add(customer);
    }

    int householdsAtNode(String nodeId) {
        return householdsAtNode.getOrDefault(nodeId, 0);
    }

    int householdsOnPipe(String pipeId) {
        return householdsOnPipe.getOrDefault(pipeId, 0);
    }

    List<CriticalCustomerView> criticalCustomers() {
        return criticalCustomers;
    }

    Graph<String, Link> graph() {
        return graph;
    }

    Link pipe(String pipeId) {
        return pipes.get(pipeId);
    }

    Collection<Link> pipes() {
        return pipes.values();
    }

    String unplaced(String pipeId) {
        return unplacedPipes.get(pipeId);
    }

    NodeKind kind(String nodeId) {
        return kinds.get(nodeId);
    }

    boolean isSource(String nodeId) {
        NodeKind kind = kinds.get(nodeId);
        return kind != null && kind.isSource();
    }

    Set<String> nodes() {
        return graph.vertexSet();
    }

    List<ValveAt> valvesAt(String pipeId, String nodeId) {
        return valves.getOrDefault(key(pipeId, nodeId), List.of());
    }

    private static String key(String pipeId, String nodeId) {
        return pipeId + '\u0000' + nodeId;
    }
}
