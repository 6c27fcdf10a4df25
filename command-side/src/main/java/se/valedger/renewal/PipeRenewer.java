package se.valedger.renewal;

/**
 * Records a plan item's renewal on the pipe itself. A seam: the pipe's renewal command comes with
 * issue 3 ({@code RenewPipe} -> {@code PipeRenewed}); until then {@link ProvisionalPipeRenewer} stands
 * in. Called inside the execution handler's transaction, at most once per plan item.
 */
public interface PipeRenewer {

    void renew(PipeRenewalOrder order);
}
