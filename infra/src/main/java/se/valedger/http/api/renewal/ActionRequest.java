package se.valedger.http.api.renewal;

import se.valedger.pipe.Material;

/**
 * The optional body of {@code POST /api/renewal-plans/{id}/{action}}: {@code reason} for return;
 * {@code pipeId}, {@code newMaterial}, {@code year}, {@code actualCostSek} for execute.
 */
record ActionRequest(String pipeId, Material newMaterial, Integer year, Long actualCostSek, String reason) {

    static final ActionRequest EMPTY = new ActionRequest(null, null, null, null, null);
}
