package se.valedger.inspection;

/**
 * What the rule table makes of one observation.
 *
 * @param aspect structural or operational
 * @param p122   Svenskt Vatten P122 class, 1 (no or negligible defect) to 4 (worst)
 * @param pacp   PACP-style grade, 1 (minor) to 5 (failed or imminent failure)
 * @param rule   the rule that applied, in words, for the explanation
 * @param dueDays for an urgent observation, within how many days of the inspection it must be acted on; else null
 */
public record Severity(Aspect aspect, int p122, int pacp, String rule, Integer dueDays) {

    static Severity of(Aspect aspect, int p122, String rule) {
        return new Severity(aspect, p122, p122, rule, null);
    }

    static Severity failing(Aspect aspect, String rule) {
        return new Severity(aspect, 4, 5, rule, null);
    }

    /** Class 4 (PACP {@code pacp}) and due within {@code days}. */
    static Severity urgent(Aspect aspect, int pacp, int days, String rule) {
        return new Severity(aspect, 4, pacp, rule, days);
    }
}
