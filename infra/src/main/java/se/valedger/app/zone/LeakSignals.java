package se.valedger.app.zone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import se.valedger.app.CommandSender;
import se.valedger.app.ReadYourWrites;
import se.valedger.app.leak.LeakReports;
import se.valedger.kernel.NotFound;
import se.valedger.kernel.RuleViolated;
import se.valedger.leak.LeakKind;
import se.valedger.leak.LeakSeverity;
import se.valedger.leak.Position;
import se.valedger.leak.ReportLeak;
import se.valedger.zone.ConfirmLeakSignal;
import se.valedger.zone.DismissLeakSignal;
import se.valedger.zone.FindSignalDecisions;
import se.valedger.zone.NightFlowAnalysis;
import se.valedger.zone.SignalDecisions;
import se.valedger.zone.ZoneKind;
import se.valedger.zone.ZoneView;

/**
 * The new-burst signals as work: every open "possible new leak in zone X since <night>", and an engineer's decision
 * on one: confirmed, it becomes a leak report (kind LEAK, id {@code NF-<zone>-<night>}, the rise as its estimated
 * flow unless given); dismissed, it keeps the reason. Both are commands on the zone, so audited like every command.
 * The decision is checked against the zone's record before the leak is reported, so a decided signal never yields
 * a second leak.
 */
@Component
public class LeakSignals {

    /** Nights after a signal's first night that are looked at to find it again. */
    static final int LOOK_AHEAD_NIGHTS = 60;

    private final ZoneAnalysis analysis;
    private final QueryGateway queries;
    private final CommandSender commands;
    private final LeakReports leaks;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;

    LeakSignals(ZoneAnalysis analysis, QueryGateway queries, CommandSender commands, LeakReports leaks,
                ReadYourWrites readYourWrites, Clock clock) {
        this.analysis = analysis;
        this.queries = queries;
        this.commands = commands;
        this.leaks = leaks;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
    }

    /** A signal with what was decided about it ({@code OPEN} until then). */
    public record Item(String zoneId, String zoneName, LocalDate since, int nightsAbove, double baselineM3PerH,
                       double netNightFlowM3PerH, String status, String leakId, String reason, String decidedBy) {
    }

    /** The signals of one zone in the nights from {@code from} to {@code to}, with their decisions. */
    public List<Item> of(ZoneView zone, List<NightFlowAnalysis.Signal> signals) {
        Map<LocalDate, SignalDecisions.Decision> decided = decisions(zone.id());
        List<Item> items = new ArrayList<>();
        for (NightFlowAnalysis.Signal s : signals) {
            SignalDecisions.Decision d = decided.get(s.since());
            items.add(new Item(zone.id(), zone.name(), s.since(), s.nightsAbove(), s.baselineM3PerH(),
                    s.netNightFlowM3PerH(), d == null ? "OPEN" : d.status(), d == null ? null : d.leakId(),
                    d == null ? null : d.reason(), d == null ? null : d.decidedBy()));
        }
        return items;
    }

    /** Every supply zone's signals of its last {@link ZoneAnalysis#DEFAULT_NIGHTS} nights with data. */
    public List<Item> all(String status) {
        if (status != null && !status.isBlank() && !List.of("OPEN", "CONFIRMED", "DISMISSED").contains(status)) {
            throw new se.valedger.kernel.InvalidInput("status", "status is OPEN, CONFIRMED or DISMISSED, was " + status);
        }
        List<Item> items = new ArrayList<>();
        for (ZoneView zone : analysis.zones(ZoneKind.SUPPLY).zones()) {
            ZoneAnalysis.NightFlow night = analysis.nightFlow(zone.id(), null, null);
            of(zone, night.result().signals()).stream()
                    .filter(i -> status == null || status.isBlank() || i.status().equals(status))
                    .forEach(items::add);
        }
        return items;
    }

    public record Confirmation(String leakId, long position) {
    }

    public Confirmation confirm(String zoneId, LocalDate since, String pipeId, Position position, LeakSeverity severity,
                                Double estimatedFlowLps) {
        NightFlowAnalysis.Signal signal = openSignal(zoneId, since);
        String leakId = "NF-" + zoneId + "-" + since;
        double flow = estimatedFlowLps != null ? estimatedFlowLps
                : Math.max(0, signal.netNightFlowM3PerH() - signal.baselineM3PerH()) / 3.6;
        leaks.report(new ReportLeak(leakId, pipeId, LeakKind.LEAK, severity == null ? LeakSeverity.MEDIUM : severity,
                Math.round(flow * 100) / 100.0, position, clock.instant(),
                "night-flow signal of zone " + zoneId + " since " + since, null));
        long at = commands.send(new ConfirmLeakSignal(zoneId, since, leakId), zoneId);
        return new Confirmation(leakId, at);
    }

    public long dismiss(String zoneId, LocalDate since, String reason) {
        openSignal(zoneId, since);
        return commands.send(new DismissLeakSignal(zoneId, since, reason), zoneId);
    }

    private NightFlowAnalysis.Signal openSignal(String zoneId, LocalDate since) {
        if (since == null) {
            throw new se.valedger.kernel.InvalidInput("since", "name the night the signal starts, e.g. 2025-06-05");
        }
        readYourWrites.awaitAggregate(ZoneAnalysis.GROUP, zoneId);
        SignalDecisions.Decision decided = decisions(zoneId).get(since);
        if (decided != null) {
            throw new RuleViolated("SignalsAreDecidedOnce", "the signal of zone " + zoneId + " since " + since
                    + " is already " + decided.status().toLowerCase(java.util.Locale.ROOT));
        }
        LocalDate to = since.plusDays(LOOK_AHEAD_NIGHTS);
        ZoneAnalysis.NightFlow night = analysis.nightFlow(zoneId, since, to);
        return night.result().signals().stream().filter(s -> s.since().equals(since)).findFirst()
                .orElseThrow(() -> new NotFound("zone " + zoneId + " has no night-flow signal since " + since));
    }

    private Map<LocalDate, SignalDecisions.Decision> decisions(String zoneId) {
        return queries.query(new FindSignalDecisions(zoneId), ResponseTypes.instanceOf(SignalDecisions.class)).join()
                .decisions().stream().collect(Collectors.toMap(SignalDecisions.Decision::since, Function.identity()));
    }
}
