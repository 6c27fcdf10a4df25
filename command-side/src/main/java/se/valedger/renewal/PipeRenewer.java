package se.valedger.renewal;

/**
 * Records a plan item's renewal on the pipe itself ({@code RenewPipe} -> {@code PipeRenewed}). May be
 * called more than once for the same item: the pipe recognises the order's renewal key.
 */
public interface PipeRenewer {

    void renew(PipeRenewalOrder order);
}
