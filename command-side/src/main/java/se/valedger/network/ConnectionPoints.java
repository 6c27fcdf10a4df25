package se.valedger.network;

import se.valedger.kernel.InvalidInput;

/** A connection point is a node or a pipe, exactly one of the two (rule ConnectionPointIsANodeOrAPipe). */
final class ConnectionPoints {

    private ConnectionPoints() {
    }

    static void exactlyOne(String nodeId, String pipeId) {
        boolean node = nodeId != null && !nodeId.isBlank();
        boolean pipe = pipeId != null && !pipeId.isBlank();
        if (node == pipe) {
            throw new InvalidInput(node ? "pipeId" : "nodeId", "a connection point is a node or a pipe: give nodeId or "
                    + "pipeId, not " + (node ? "both" : "neither"));
        }
        PlausibleNetworkElement.text("nodeId", nodeId, 100);
        PlausibleNetworkElement.text("pipeId", pipeId, 100);
    }
}
