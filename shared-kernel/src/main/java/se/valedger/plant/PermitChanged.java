package se.valedger.plant;

import org.axonframework.serialization.Revision;

/** The plant's permit from {@code permit.validFrom()} on; its reference is the decision's. */
@Revision("1")
public record PermitChanged(String plantId, Permit permit) {
}
