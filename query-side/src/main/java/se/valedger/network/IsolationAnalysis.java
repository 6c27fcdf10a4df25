package se.valedger.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.valedger.network.NetworkModel.Link;
import se.valedger.network.NetworkModel.ValveAt;

/**
 * Isolating a pipe (issue 20), on a {@link NetworkModel}.
 *
 * <ol>
 * <li><b>Segment.</b> From the pipe, walk outwards through its ends. Crossing a pipe end (pipe, node) where a working
 * valve sits stops the walk there: an OPEN isolation valve is to be closed, a CLOSED one bounds the segment already.
 * BROKEN and UNKNOWN valves, and control valves, are not relied upon: the walk passes them and names them in
 * {@code skippedValves}. Pumps and control-valve links conduct. The segment is the pipes and nodes the walk reaches;
 * its boundary valves are the smallest set of working valves that cut it off, since every one of them is met
 * first on some path out of the pipe (a valve further out is never needed, one nearer never skipped unless broken).</li>
 * <li><b>Supply.</b> Water comes from sources (reservoirs, tanks, treatment works). A breadth-first walk from every
 * source that lies outside the segment, never through a closed valve's pipe end nor into the segment, finds what still
 * has water; the same walk before the closing (only valves CLOSED already) finds what had water. Without water: the
 * segment, and whatever had water before and has none after. A pipe without any connection to a source before is not
 * counted as losing it.</li>
 * </ol>
 */
final class IsolationAnalysis {

    private final NetworkModel model;
    /** Where each valve to close sits (pipe, node), while a segment is walked; one analysis at a time. */
    private final Map<String, String[]> closing = new java.util.HashMap<>();

    IsolationAnalysis(NetworkModel model) {
        this.model = model;
    }

    /** The segment around one pipe: its pipes and other links, its nodes, valves to close, valves skipped. */
    record Segment(Set<Link> links, Set<String> nodes, Set<String> toClose, Set<String> closedEnds,
                   Map<String, String> skipped) {
    }

    Segment segment(Link start) {
        Set<Link> links = new HashSet<>();
        Set<String> nodes = new HashSet<>();
        Set<String> toClose = new TreeSet<>();
        Set<String> closedEnds = new HashSet<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        closing.clear();
        Deque<String[]> queue = new ArrayDeque<>();
        links.add(start);
        queue.add(new String[] {start.id(), start.from()});
        queue.add(new String[] {start.id(), start.to()});
        Map<String, Link> byId = new java.util.HashMap<>();
        byId.put(start.id(), start);
        while (!queue.isEmpty()) {
            String[] end = queue.poll();
            Link link = byId.get(end[0]);
            String node = end[1];
            if (link.pipe() && bounded(link.id(), node, toClose, closedEnds, skipped)) {
                continue;
            }
            if (!nodes.add(node)) {
                continue;
            }
            for (Link next : model.graph().edgesOf(node)) {
                if (links.contains(next)) {
                    continue;
                }
                if (next.pipe() && bounded(next.id(), node, toClose, closedEnds, skipped)) {
                    continue;
                }
                links.add(next);
                byId.put(next.id(), next);
                queue.add(new String[] {next.id(), next.other(node)});
            }
        }
        // a valve with the segment on both of its sides (a loop inside the segment) need not be closed
        Set<String> linkIds = new HashSet<>();
        links.forEach(l -> linkIds.add(l.id()));
        toClose.removeIf(valve -> {
            String[] at = closing.get(valve);
            return linkIds.contains(at[0]) && nodes.contains(at[1]);
        });
        return new Segment(links, nodes, toClose, closedEnds, skipped);
    }

    /**
     * Whether a working valve sits at this pipe end; notes an OPEN one to close (the first by id when there are
     * several) and passes broken, unknown and control valves with their reason.
     */
    private boolean bounded(String pipeId, String node, Set<String> toClose, Set<String> closedEnds,
                            Map<String, String> skipped) {
        List<ValveAt> valves = model.valvesAt(pipeId, node);
        if (valves.isEmpty()) {
            return false;
        }
        List<ValveAt> sorted = valves.stream().sorted(Comparator.comparing(ValveAt::valveId)).toList();
        for (ValveAt v : sorted) {
            if (v.kind() == ValveKind.ISOLATION && v.status() == ValveStatus.CLOSED) {
                closedEnds.add(endKey(pipeId, node));
                skipped.putIfAbsent(v.valveId(), "already closed: it bounds the segment as it is");
                return true;
            }
        }
        for (ValveAt v : sorted) {
            if (v.kind() == ValveKind.ISOLATION && v.status() == ValveStatus.OPEN) {
                toClose.add(v.valveId());
                closing.put(v.valveId(), new String[] {pipeId, node});
                closedEnds.add(endKey(pipeId, node));
                return true;
            }
        }
        for (ValveAt v : sorted) {
            skipped.putIfAbsent(v.valveId(), v.kind() == ValveKind.CONTROL
                    ? "a control valve: not used to isolate"
                    : v.status() == ValveStatus.BROKEN ? "broken: it cannot be relied on to close"
                    : "status unknown: it cannot be relied on to close");
        }
        return false;
    }

    /** Pipes and nodes with water: reached from a source outside {@code excluded}, never through a closed end. */
    record Supplied(Set<String> pipes, Set<String> nodes) {
    }

    Supplied supplied(Set<String> closedEnds, Set<Link> excludedLinks, Set<String> excludedNodes) {
        Set<String> pipes = new HashSet<>();
        Set<String> nodes = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String node : model.nodes()) {
            if (model.isSource(node) && !excludedNodes.contains(node)) {
                nodes.add(node);
                queue.add(node);
            }
        }
        Set<Link> entered = new HashSet<>();
        while (!queue.isEmpty()) {
            String node = queue.poll();
            for (Link link : model.graph().edgesOf(node)) {
                if (excludedLinks.contains(link) || entered.contains(link)) {
                    continue;
                }
                if (closedEnds.contains(endKey(link.id(), node))) {
                    continue;
                }
                entered.add(link);
                if (link.pipe()) {
                    pipes.add(link.id());
                }
                String other = link.other(node);
                if (closedEnds.contains(endKey(link.id(), other)) || excludedNodes.contains(other)) {
                    continue;
                }
                if (nodes.add(other)) {
                    queue.add(other);
                }
            }
        }
        return new Supplied(pipes, nodes);
    }

    /** The pipe ends closed before any isolation: every end with a CLOSED isolation valve. */
    Set<String> closedAlready() {
        Set<String> ends = new HashSet<>();
        for (Link pipe : model.pipes()) {
            for (String node : new String[] {pipe.from(), pipe.to()}) {
                for (ValveAt v : model.valvesAt(pipe.id(), node)) {
                    if (v.kind() == ValveKind.ISOLATION && v.status() == ValveStatus.CLOSED) {
                        ends.add(endKey(pipe.id(), node));
                    }
                }
            }
        }
        return ends;
    }

    Isolation isolate(String pipeId, Supplied before) {
        Link pipe = model.pipe(pipeId);
        Segment segment = segment(pipe);
        Set<String> closed = new HashSet<>(closedAlready());
        closed.addAll(segment.closedEnds());
        Supplied after = supplied(closed, segment.links(), segment.nodes());
        Set<String> dryPipes = new TreeSet<>();
        for (Link link : segment.links()) {
            if (link.pipe()) {
                dryPipes.add(link.id());
            }
        }
        for (String p : before.pipes()) {
            if (!after.pipes().contains(p)) {
                dryPipes.add(p);
            }
        }
        Set<String> dryNodes = new TreeSet<>(segment.nodes());
        for (String n : before.nodes()) {
            if (!after.nodes().contains(n)) {
                dryNodes.add(n);
            }
        }
        List<String> notes = new ArrayList<>();
        for (String node : new TreeSet<>(segment.nodes())) {
            if (model.isSource(node)) {
                notes.add("the segment holds the source " + node + " (" + model.kind(node)
                        + "): no valve separates it from the pipe; shut its outlet too");
            }
        }
        for (Link link : segment.links()) {
            if (!link.pipe()) {
                notes.add("the segment holds " + link.kind().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " "
                        + link.id() + ": stop it while the segment is shut");
            }
        }
        int households = 0;
        for (String n : dryNodes) {
            households += model.householdsAtNode(n);
        }
        for (String p : dryPipes) {
            households += model.householdsOnPipe(p);
        }
        List<CriticalCustomerView> critical = model.criticalCustomers().stream()
                .filter(c -> c.nodeId() != null ? dryNodes.contains(c.nodeId()) : dryPipes.contains(c.pipeId()))
                .sorted(Comparator.comparing(CriticalCustomerView::customerId)).toList();
        double segmentKm = segment.links().stream().filter(Link::pipe).mapToDouble(Link::lengthM).sum() / 1000;
        double dryKm = dryPipes.stream().map(model::pipe).mapToDouble(Link::lengthM).sum() / 1000;
        List<SkippedValve> skipped = segment.skipped().entrySet().stream()
                .map(e -> new SkippedValve(e.getKey(), e.getValue())).toList();
        List<String> segmentPipes = segment.links().stream().filter(Link::pipe).map(Link::id).sorted().toList();
        return new Isolation(pipeId, List.copyOf(segment.toClose()), skipped, segmentPipes, List.copyOf(dryPipes),
                List.copyOf(dryNodes), households, critical, round(segmentKm), round(dryKm), notes);
    }

    static String endKey(String pipeId, String node) {
        return pipeId + '\u0000' + node;
    }

    private static double round(double km) {
        return Math.round(km * 1000) / 1000.0;
    }
}
