package se.valedger.renewal;

import org.axonframework.serialization.Revision;
import se.valedger.pipe.Material;
import se.valedger.pipe.RenewalMethod;

@Revision("1")
public record PlanItemExecuted(String planId, String pipeId, RenewalMethod method, Material newMaterial, int year, long costSek) {
}
