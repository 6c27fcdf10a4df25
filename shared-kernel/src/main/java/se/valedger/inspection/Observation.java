package se.valedger.inspection;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One EN 13508-2 observation (a coded line of a CCTV report).
 *
 * @param distanceM        longitudinal location from the reference point, metres (field I)
 * @param code             main code, e.g. {@code BAB} (field A)
 * @param characterisation1 first characterisation letter (field B)
 * @param characterisation2 second characterisation letter (field C)
 * @param quantification1  first quantification (field D), as written (mm, %, degrees, node ref, ...)
 * @param quantification2  second quantification (field E)
 * @param clockFrom        circumferential location 1, clock position 1-12 (field G)
 * @param clockTo          circumferential location 2, clock position 1-12 (field H)
 * @param atJoint          whether the observation is at a joint (field K = A)
 * @param continuousDefect continuous-defect marker (field J): {@code A<n>} starts and {@code B<n>} ends defect n
 * @param remarks          free text (field F)
 * @param inspectorClass   the class 1-4 the certified inspector gave the observation under Svenskt Vatten P122
 *                         (JSON {@code class}); null when not given (older events read so). It decides the pipe's
 *                         condition ({@link InspectorClassesDecide}); the rule table's class is only an estimate.
 */
public record Observation(
        Double distanceM,
        String code,
        String characterisation1,
        String characterisation2,
        String quantification1,
        String quantification2,
        Integer clockFrom,
        Integer clockTo,
        Boolean atJoint,
        String continuousDefect,
        String remarks,
        @JsonProperty("class") Integer inspectorClass) {

    /** An observation without the inspector's class. */
    public Observation(Double distanceM, String code, String characterisation1, String characterisation2,
                       String quantification1, String quantification2, Integer clockFrom, Integer clockTo,
                       Boolean atJoint, String continuousDefect, String remarks) {
        this(distanceM, code, characterisation1, characterisation2, quantification1, quantification2, clockFrom,
                clockTo, atJoint, continuousDefect, remarks, null);
    }

    /** The first quantification as a number, or null when it is blank or not a number. */
    public Double quantity() {
        if (quantification1 == null || quantification1.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(quantification1.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean startsContinuousDefect() {
        return continuousDefect != null && continuousDefect.toUpperCase().startsWith("A");
    }

    public boolean endsContinuousDefect() {
        return continuousDefect != null && continuousDefect.toUpperCase().startsWith("B");
    }

    /** The number shared by the start and end markers of one continuous defect ({@code A3} and {@code B3}). */
    public String continuousDefectNumber() {
        return continuousDefect == null || continuousDefect.length() < 2 ? null : continuousDefect.substring(1);
    }
}
