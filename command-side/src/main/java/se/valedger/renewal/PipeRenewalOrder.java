package se.valedger.renewal;

import se.valedger.pipe.Material;
import se.valedger.pipe.RenewalMethod;

/** What the pipe must record when a plan item is executed. {@code renewalKey} is unique per plan item. */
public record PipeRenewalOrder(String planId, String pipeId, RenewalMethod method, Material newMaterial, int year,
                               long costSek) {

    public String renewalKey() {
        return planId + "/" + pipeId;
    }
}
