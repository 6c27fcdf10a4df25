package se.valedger.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.valedger.network.NetworkModel.Link;

/**
 * Criticality of pipes (issue 20) on a {@link NetworkModel}.
 *
 * <p><b>Single feed.</b> Join every source to one virtual super-source; a pipe is a single feed when it is a bridge of
 * that graph reachable from the super-source (Tarjan's bridge-finding, one depth-first walk, linear in the size of the
 * network; parallel mains are separate edges, so a doubled main is no bridge). The nodes beyond it, its depth-first
 * subtree, are fed only through it. <b>Households and critical customers</b> are those of its isolation
 * ({@link IsolationAnalysis}); pipes of one segment share one isolation, so each segment is analysed once.
 */
final class CriticalityAnalysis {

    private static final String SUPER_SOURCE = "\u0000sources";

    private final NetworkModel model;
    private final Map<String, Integer> fedOnlyThrough = new HashMap<>();

    CriticalityAnalysis(NetworkModel model) {
        this.model = model;
        findBridges();
    }

    /** Nodes cut off from every source when this pipe alone is out; 0 when it is not a single feed. */
    int fedOnlyThrough(String pipeId) {
        return fedOnlyThrough.getOrDefault(pipeId, 0);
    }

    Criticality of(String pipeId, Isolation isolation) {
        int beyond = fedOnlyThrough(pipeId);
        return new Criticality(pipeId, isolation.connectionsAffected(), isolation.criticalCustomers(), beyond > 0, beyond,
                explain(beyond, isolation));
    }

    /** Every pipe's criticality, each segment isolated once. */
    Map<String, Criticality> all() {
        IsolationAnalysis isolation = new IsolationAnalysis(model);
        var before = isolation.supplied(isolation.closedAlready(), java.util.Set.of(), java.util.Set.of());
        Map<String, Isolation> bySegment = new HashMap<>();
        Map<String, Criticality> out = new LinkedHashMap<>();
        for (Link pipe : model.pipes()) {
            Isolation iso = bySegment.get(pipe.id());
            if (iso == null) {
                iso = isolation.isolate(pipe.id(), before);
                for (String member : iso.segmentPipes()) {
                    bySegment.put(member, iso);
                }
            }
            out.put(pipe.id(), of(pipe.id(), iso));
        }
        return out;
    }

    static String explain(int beyond, Isolation isolation) {
        String feed = beyond > 0
                ? "single feed: with this pipe out, " + beyond + " node(s) have no other way to any source"
                : "looped: with this pipe out, every node it serves is still reached from a source another way";
        int critical = isolation.criticalCustomers().size();
        String customers = isolation.connectionsAffected() + " household(s)" + (critical == 0 ? ""
                : " and " + critical + " critical customer(s) (" + String.join(", ",
                isolation.criticalCustomers().stream().map(CriticalCustomerView::name).toList()) + ")")
                + " lose water while its segment is shut (valves " + isolation.valvesToClose() + ")";
        return feed + "; " + customers;
    }

    private void findBridges() {
        Map<String, List<Link>> edges = new HashMap<>();
        for (String node : model.nodes()) {
            edges.put(node, new ArrayList<>(model.graph().edgesOf(node)));
        }
        List<Link> toSources = new ArrayList<>();
        for (String node : model.nodes()) {
            if (model.isSource(node)) {
                Link virtual = new Link(SUPER_SOURCE + node, false, "SOURCE", 0, SUPER_SOURCE, node);
                toSources.add(virtual);
                edges.get(node).add(virtual);
            }
        }
        edges.put(SUPER_SOURCE, toSources);
        Map<String, Integer> order = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Map<String, Integer> size = new HashMap<>();
        Deque<Frame> stack = new ArrayDeque<>();
        int[] clock = {0};
        order.put(SUPER_SOURCE, clock[0]);
        low.put(SUPER_SOURCE, clock[0]++);
        size.put(SUPER_SOURCE, 0);
        stack.push(new Frame(SUPER_SOURCE, null, edges.get(SUPER_SOURCE).iterator()));
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (frame.edges.hasNext()) {
                Link edge = frame.edges.next();
                if (edge == frame.entered || edge.from().equals(edge.to())) {
                    continue;
                }
                String next = edge.other(frame.node);
                Integer seen = order.get(next);
                if (seen == null) {
                    order.put(next, clock[0]);
                    low.put(next, clock[0]++);
                    size.put(next, 1);
                    stack.push(new Frame(next, edge, edges.get(next).iterator()));
                } else {
                    low.put(frame.node, Math.min(low.get(frame.node), seen));
                }
                continue;
            }
            stack.pop();
            Frame parent = stack.peek();
            if (parent == null) {
                break;
            }
            low.put(parent.node, Math.min(low.get(parent.node), low.get(frame.node)));
            size.put(parent.node, size.get(parent.node) + size.get(frame.node));
            if (low.get(frame.node) > order.get(parent.node) && frame.entered.pipe()) {
                fedOnlyThrough.put(frame.entered.id(), size.get(frame.node));
            }
        }
    }

    private static final class Frame {
        final String node;
        final Link entered;
        final Iterator<Link> edges;

        Frame(String node, Link entered, Iterator<Link> edges) {
            this.node = node;
            this.entered = entered;
            this.edges = edges;
        }
    }
}
