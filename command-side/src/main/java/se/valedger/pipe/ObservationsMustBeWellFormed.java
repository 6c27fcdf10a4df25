package se.valedger.pipe;

import java.util.List;
import java.util.regex.Pattern;
import se.valedger.inspection.Observation;
import se.valedger.kernel.InvalidInput;

/**
 * Coded observations carry an EN 13508-2 shaped main code, clock positions 1-12 and a distance that is a
 * length. A well-formed code the rule table does not know is accepted and reported by the grading.
 */
final class ObservationsMustBeWellFormed {

    static final int MAX_OBSERVATIONS = 5_000;
    private static final Pattern MAIN_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern CONTINUOUS = Pattern.compile("[ABab][0-9A-Za-z]{1,4}");

    private ObservationsMustBeWellFormed() {
    }

    static void check(List<Observation> observations) {
        if (observations.size() > MAX_OBSERVATIONS) {
            throw new InvalidInput("observations", "at most " + MAX_OBSERVATIONS + " observations per inspection");
        }
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            String at = "observations[" + i + "]";
            if (o == null) {
                throw new InvalidInput(at, "an observation cannot be empty");
            }
            if (o.code() == null || !MAIN_CODE.matcher(o.code()).matches()) {
                throw new InvalidInput(at + ".code", "a main code is three capital letters (e.g. BAB), was '" + o.code() + "'");
            }
            if (o.distanceM() != null && (!Double.isFinite(o.distanceM()) || o.distanceM() < 0 || o.distanceM() > 100_000)) {
                throw new InvalidInput(at + ".distanceM", "distance must be 0 to 100000 m, was " + o.distanceM());
            }
            checkClock(at + ".clockFrom", o.clockFrom());
            checkClock(at + ".clockTo", o.clockTo());
            if (o.continuousDefect() != null && !o.continuousDefect().isBlank()
                    && !CONTINUOUS.matcher(o.continuousDefect()).matches()) {
                throw new InvalidInput(at + ".continuousDefect", "a continuous-defect marker is A<n> (start) or B<n> (end), was '"
                        + o.continuousDefect() + "'");
            }
            PlausiblePipeAttributes.checkText(at + ".characterisation1", o.characterisation1(), 5);
            PlausiblePipeAttributes.checkText(at + ".characterisation2", o.characterisation2(), 5);
            PlausiblePipeAttributes.checkText(at + ".quantification1", o.quantification1(), 50);
            PlausiblePipeAttributes.checkText(at + ".quantification2", o.quantification2(), 50);
            PlausiblePipeAttributes.checkText(at + ".remarks", o.remarks(), 2_000);
        }
    }

    private static void checkClock(String field, Integer clock) {
        if (clock != null && (clock < 1 || clock > 12)) {
            throw new InvalidInput(field, "clock positions are 1 to 12, was " + clock);
        }
    }
}
