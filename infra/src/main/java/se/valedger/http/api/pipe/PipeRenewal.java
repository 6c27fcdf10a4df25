package se.valedger.http.api.pipe;

import se.valedger.pipe.Material;
import se.valedger.pipe.RenewPipe;
import se.valedger.pipe.RenewalMethod;

/** The body of {@code POST /api/pipes/{id}/renewals}. */
record PipeRenewal(Material material, Integer year, RenewalMethod method, Long costSek, Integer diameterMm) {

    RenewPipe toCommand(String pipeId) {
        return new RenewPipe(pipeId, material, year, method, costSek, diameterMm);
    }
}
