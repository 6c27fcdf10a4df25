package se.valedger.pipe;

import java.time.LocalDate;

/**
 * A pipe's state folded from its events: what the aggregate validates against and what
 * {@code GET /api/pipes/{id}?asOf=} shows. Pure: {@link #apply} never looks anywhere but at the event.
 */
public record PipeState(
        String pipeId,
        PipeAttributes attributes,
        PipeStatus status,
        Integer renewedYear,
        RenewalMethod renewalMethod,
        LocalDate decommissionedOn,
        String decommissionReason,
        int inspectionCount,
        Integer latestGrade,
        LocalDate lastInspectedOn) {

    /** The state before the first event: nothing registered. */
    public static final PipeState NONE = new PipeState(null, null, null, null, null, null, null, 0, null, null);

    public boolean registered() {
        return pipeId != null;
    }

    public static PipeState fold(Iterable<?> events) {
        PipeState state = NONE;
        for (Object event : events) {
            state = state.apply(event);
        }
        return state;
    }

    /** This state after {@code event}; events of other kinds leave it as it is. */
    public PipeState apply(Object event) {
        if (event instanceof PipeRegistered e) {
            return new PipeState(e.pipeId(), PipeAttributes.of(e), PipeStatus.IN_SERVICE, null, null, null, null,
                    0, null, null);
        }
        if (event instanceof PipeCorrected e) {
            return with(e.corrected().withAssumedAfter(attributes, e.changes()), status, renewedYear, renewalMethod,
                    decommissionedOn, decommissionReason);
        }
        if (event instanceof PipeRenewed e) {
            return with(attributes.renewed(e.material(), e.year(), e.diameterMm()), status, e.year(), e.method(),
                    decommissionedOn, decommissionReason);
        }
        if (event instanceof PipeDecommissioned e) {
            return with(attributes, PipeStatus.DECOMMISSIONED, renewedYear, renewalMethod, e.date(), e.reason());
        }
        if (event instanceof InspectionLogged e) {
            boolean newest = lastInspectedOn == null || !e.date().isBefore(lastInspectedOn);
            return new PipeState(pipeId, attributes, status, renewedYear, renewalMethod, decommissionedOn,
                    decommissionReason, inspectionCount + 1, newest ? Integer.valueOf(e.grade()) : latestGrade,
                    newest ? e.date() : lastInspectedOn);
        }
        return this;
    }

    private PipeState with(PipeAttributes attributes, PipeStatus status, Integer renewedYear,
                           RenewalMethod renewalMethod, LocalDate decommissionedOn, String decommissionReason) {
        return new PipeState(pipeId, attributes, status, renewedYear, renewalMethod, decommissionedOn,
                decommissionReason, inspectionCount, latestGrade, lastInspectedOn);
    }
}
