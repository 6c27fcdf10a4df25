package se.valedger.renewal;

import se.valedger.pipe.Material;

/** Expected service life per material, in years; {@link RenewalSeams#SERVICE_LIFE} is the pipe domain's table. */
@FunctionalInterface
public interface ServiceLifeTable {

    int years(Material material);
}
