package se.valedger.network;

import java.util.Map;
import org.axonframework.serialization.Revision;

@Revision("1")
public record NetworkLinkRegistered(String linkId, LinkKind kind, String fromNode, String toNode,
                                    Map<String, String> attributes) {
}
