package se.valedger.renewal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * PROVISIONAL: the pipe aggregate cannot record a renewal yet (issue 3 adds {@code RenewPipe}).
 * Replace the body with
 * {@code commandGateway.sendAndWait(new RenewPipe(order.pipeId(), order.newMaterial(), order.year(), method, order.costSek()))}
 * mapping OPEN_CUT_REPLACEMENT to issue 3's OPEN_CUT.
 */
@Component
class ProvisionalPipeRenewer implements PipeRenewer {

    private static final Logger log = LoggerFactory.getLogger(ProvisionalPipeRenewer.class);

    @Override
    public void renew(PipeRenewalOrder order) {
        log.warn("Renewal of pipe {} by plan {} ({} to {} in {}) is not yet recorded on the pipe: RenewPipe is not "
                + "wired in", order.pipeId(), order.planId(), order.method(), order.newMaterial(), order.year());
    }
}
