package se.valedger.renewal;

import se.valedger.pipe.Material;

/**
 * Expected service life per material, in years. A seam: the renewal planner reads service lives only
 * through this, so the table of issue 3 ({@code se.valedger.pipe.ServiceLife}) replaces
 * {@link ProvisionalServiceLife} in {@link RenewalSeams} alone.
 */
@FunctionalInterface
public interface ServiceLifeTable {

    int years(Material material);
}
