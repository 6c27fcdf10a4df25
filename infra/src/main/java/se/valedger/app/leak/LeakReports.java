package se.valedger.app.leak;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import se.valedger.app.CommandSender;
import se.valedger.app.ReadYourWrites;
import se.valedger.app.pipe.RegisterLookup;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;
import se.valedger.leak.FindLeak;
import se.valedger.leak.IsolateLeak;
import se.valedger.leak.LeakView;
import se.valedger.network.FindIsolation;
import se.valedger.network.IsolationResult;
import se.valedger.leak.ReportLeak;
import se.valedger.pipe.PipeSummary;

/**
 * Reporting a leak, the same from the API and from the phone's form: a leak on a pipe must name a registered pipe
 * and takes that pipe's diameter from the register (kept as a fact; the priority class sets the due time, see
 * {@link se.valedger.leak.LeakTargets}); a leak without a pipe keeps the diameter it was reported with, if any.
 */
@Service
public class LeakReports {

    private final CommandSender commands;
    private final RegisterLookup register;
    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;

    LeakReports(CommandSender commands, RegisterLookup register, QueryGateway queries, ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.register = register;
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    /**
     * The isolation step: the valves as the crew closed them; when it names none, the valves and customers of the
     * network's isolation analysis of the leak's pipe ({@code fromAnalysis}), as of the network read model now.
     */
    public IsolateLeak isolation(String leakId, java.time.Instant at, java.util.List<String> valvesClosed,
                                 Integer customersWithoutWater, java.time.Instant supplyRestoredAt, String note) {
        if (valvesClosed != null && !valvesClosed.isEmpty()) {
            return new IsolateLeak(leakId, at, valvesClosed, false, customersWithoutWater, supplyRestoredAt, note);
        }
        readYourWrites.awaitAggregate("leaks", leakId);
        LeakView leak = queries.query(new FindLeak(leakId), ResponseTypes.optionalInstanceOf(LeakView.class)).join()
                .orElseThrow(() -> new NotFound("No leak report " + leakId));
        if (leak.pipeId() == null) {
            throw new InvalidInput("valvesClosed", "the leak names no pipe, so no analysis can say which valves: give "
                    + "valvesClosed");
        }
        readYourWrites.awaitAggregate("network", leak.pipeId());
        IsolationResult analysis = queries.query(new FindIsolation(leak.pipeId()), IsolationResult.class).join();
        if (analysis.isolation() == null) {
            throw new InvalidInput("valvesClosed", "no isolation analysis for pipe " + leak.pipeId() + " ("
                    + (analysis.refusedBecause() == null ? "not in the network" : analysis.refusedBecause())
                    + "): give valvesClosed");
        }
        return new IsolateLeak(leakId, at, analysis.isolation().valvesToClose(), true,
                customersWithoutWater == null ? analysis.isolation().connectionsAffected() : customersWithoutWater,
                supplyRestoredAt, note);
    }

    /** Sends the report; answers the position of its event. */
    public long report(ReportLeak report) {
        return commands.send(onRegisteredPipe(report), report.leakId());
    }

    private ReportLeak onRegisteredPipe(ReportLeak report) {
        if (report.pipeId() == null || report.pipeId().isBlank()) {
            return report;
        }
        PipeSummary pipe = register.find(report.pipeId()).orElseThrow(() -> new InvalidInput("pipeId", "no pipe "
                + report.pipeId() + " is registered; " + register.similar(report.pipeId())
                        .map(id -> "did you mean " + id + "? Or ").orElse("") + "leave pipeId out and give the position"));
        return new ReportLeak(report.leakId(), report.pipeId(), report.kind(), report.severity(),
                report.estimatedFlowLps(), report.position(), report.reportedAt(), report.reporter(), pipe.diameterMm(),
                report.priority());
    }
}
