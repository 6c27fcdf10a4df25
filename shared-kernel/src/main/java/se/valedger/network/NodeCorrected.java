package se.valedger.network;

import java.util.Map;
import org.axonframework.serialization.Revision;

/** A node's record was corrected (by an import that says otherwise); the whole corrected record and why. */
@Revision("1")
public record NodeCorrected(String nodeId, NodeKind kind, NodePosition position, String name,
                            Map<String, String> attributes, String reason) {
}
