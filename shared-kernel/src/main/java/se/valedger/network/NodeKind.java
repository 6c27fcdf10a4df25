package se.valedger.network;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a network node is. Reservoirs, tanks and treatment works are the <b>sources</b> of supply: a pipe or node
 * no longer connected to any of them after an isolation is without water (issue 20).
 */
public enum NodeKind {
    JUNCTION, MANHOLE, HYDRANT, TANK, RESERVOIR, TREATMENT_WORKS, PUMPING_STATION, OUTFALL;

    public static final Set<NodeKind> SOURCES = EnumSet.of(TANK, RESERVOIR, TREATMENT_WORKS);

    public boolean isSource() {
        return SOURCES.contains(this);
    }
}
