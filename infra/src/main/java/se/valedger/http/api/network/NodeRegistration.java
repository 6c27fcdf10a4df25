package se.valedger.http.api.network;

import java.util.Map;
import se.valedger.network.NodeKind;
import se.valedger.network.NodePosition;
import se.valedger.network.RegisterNode;

/** The body of {@code POST /api/nodes}. */
record NodeRegistration(String id, NodeKind kind, NodePosition position, String name, Map<String, String> attributes) {

    RegisterNode toCommand() {
        return new RegisterNode(id, kind, position, name, attributes);
    }
}
