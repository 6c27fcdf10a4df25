package se.valedger.renewal;

import se.valedger.pipe.RenewalMethod;
import org.axonframework.serialization.Revision;
import se.valedger.pipe.Material;

@Revision("1")
public record PlanItemExecuted(String planId, String pipeId, RenewalMethod method, Material newMaterial, int year, long costSek) {
}
