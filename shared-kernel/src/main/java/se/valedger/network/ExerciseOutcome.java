package se.valedger.network;

/**
 * What exercising (motionering) a valve found. {@code BROKEN} makes the valve BROKEN and {@code NOT_FOUND} makes it
 * UNKNOWN (neither is relied upon in isolation); {@code OK} and {@code STIFF} make a valve that was broken or unknown
 * OPEN again (a valve is exercised back to its open position).
 */
public enum ExerciseOutcome {
    OK, STIFF, BROKEN, NOT_FOUND;

    public ValveStatus statusAfter(ValveStatus before) {
        return switch (this) {
            case BROKEN -> ValveStatus.BROKEN;
            case NOT_FOUND -> ValveStatus.UNKNOWN;
            case OK, STIFF -> before == ValveStatus.CLOSED ? ValveStatus.CLOSED : ValveStatus.OPEN;
        };
    }
}
