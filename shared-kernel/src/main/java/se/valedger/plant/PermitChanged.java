package se.valedger.plant;

import org.axonframework.serialization.Revision;

/** The plant's permit from {@code permit.validFrom()} on. Revision 2: the permit has its basis and hourly Qdim (revision 1 reads as the weekly basis, no hourly Qdim). */
@Revision("2")
public record PermitChanged(String plantId, Permit permit) {
}
