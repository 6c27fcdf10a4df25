package se.valedger.network;

/**
 * The event store's aggregate ids of the network's elements. A node, valve or link id is the utility's own (EPANET
 * names junction 10 and pipe 10 alike), while the event store holds one id space for every aggregate: so each kind
 * gets a prefix ending in {@code /}, a character no client id may hold ({@link se.valedger.kernel.IdsMustBeAddressable}),
 * and node 10 never collides with pipe 10.
 */
public final class NetworkIds {

    private NetworkIds() {
    }

    public static String node(String nodeId) {
        return "node/" + nodeId;
    }

    public static String valve(String valveId) {
        return "valve/" + valveId;
    }

    public static String link(String linkId) {
        return "link/" + linkId;
    }

    public static String connection(String connectionId) {
        return "connection/" + connectionId;
    }

    public static String customer(String customerId) {
        return "customer/" + customerId;
    }
}
