package se.valedger.app.leak;

import org.springframework.stereotype.Service;
import se.valedger.app.CommandSender;
import se.valedger.app.pipe.RegisterLookup;
import se.valedger.kernel.InvalidInput;
import se.valedger.leak.ReportLeak;
import se.valedger.pipe.PipeSummary;

/**
 * Reporting a leak, the same from the API and from the phone's form: a leak on a pipe must name a registered pipe
 * and takes that pipe's diameter from the register (with the severity it sets the repair's due time, see
 * {@link se.valedger.leak.RepairDeadlines}); a leak without a pipe keeps the diameter it was reported with, if any.
 */
@Service
public class LeakReports {

    private final CommandSender commands;
    private final RegisterLookup register;

    LeakReports(CommandSender commands, RegisterLookup register) {
        this.commands = commands;
        this.register = register;
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
                + report.pipeId() + " is registered; leave pipeId out and give the position"));
        return new ReportLeak(report.leakId(), report.pipeId(), report.kind(), report.severity(),
                report.estimatedFlowLps(), report.position(), report.reportedAt(), report.reporter(), pipe.diameterMm());
    }
}
