package se.valedger.app.network;

import java.util.Optional;
import org.springframework.stereotype.Service;
import se.valedger.app.CommandSender;
import se.valedger.app.pipe.RegisterLookup;
import se.valedger.kernel.InvalidInput;
import se.valedger.network.NetworkIds;
import se.valedger.network.RegisterValve;
import se.valedger.pipe.PipeStatus;
import se.valedger.pipe.PipeSummary;

/**
 * Placing a valve, the same from the API and from an import: it sits on a registered, in-service pipe, at the pipe's
 * start or end node (rule ValvesSitAtAPipeEnd). A valve on a node alone is ambiguous (which pipe does it close?) and is
 * refused; so is a node that is not an end of the pipe.
 */
@Service
public class ValveRegistrations {

    private final CommandSender commands;
    private final RegisterLookup register;

    ValveRegistrations(CommandSender commands, RegisterLookup register) {
        this.commands = commands;
        this.register = register;
    }

    public long register(RegisterValve valve) {
        placement(valve.pipeId(), valve.nodeId()).ifPresent(problem -> {
            throw problem;
        });
        return commands.send(valve, NetworkIds.valve(valve.valveId()));
    }

    /** Why a valve cannot sit at this pipe end, or empty when it can. */
    public Optional<InvalidInput> placement(String pipeId, String nodeId) {
        if (pipeId == null || pipeId.isBlank()) {
            return Optional.of(new InvalidInput("pipeId", "a valve sits on a pipe at one of its ends: give pipeId and "
                    + "nodeId (a valve on a node alone is ambiguous)"));
        }
        Optional<PipeSummary> found = register.find(pipeId.strip());
        if (found.isEmpty()) {
            return Optional.of(new InvalidInput("pipeId", "no pipe " + pipeId + " is registered"));
        }
        PipeSummary pipe = found.get();
        if (pipe.status() == PipeStatus.DECOMMISSIONED) {
            return Optional.of(new InvalidInput("pipeId", "pipe " + pipeId + " is decommissioned"));
        }
        if (nodeId == null || nodeId.isBlank()) {
            return Optional.of(new InvalidInput("nodeId", "give the end of pipe " + pipeId + " where the valve sits: "
                    + ends(pipe)));
        }
        if (!nodeId.strip().equals(pipe.startNode()) && !nodeId.strip().equals(pipe.endNode())) {
            return Optional.of(new InvalidInput("nodeId", "node " + nodeId + " is not an end of pipe " + pipeId + " ("
                    + ends(pipe) + "); rule ValvesSitAtAPipeEnd"));
        }
        return Optional.empty();
    }

    private static String ends(PipeSummary pipe) {
        if (pipe.startNode() == null && pipe.endNode() == null) {
            return "the register names no nodes for it; correct its startNode and endNode first";
        }
        return "its ends are " + pipe.startNode() + " and " + pipe.endNode();
    }
}
