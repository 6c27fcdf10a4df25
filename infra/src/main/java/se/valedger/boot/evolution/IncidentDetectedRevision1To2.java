package se.valedger.boot.evolution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;
import se.valedger.incident.IncidentDetected;
import se.valedger.incident.SignificanceCriterion;

/**
 * {@link IncidentDetected} revision 1 (impact + the NIS1 drinking-water heuristic's verdict) read as revision 2
 * (facts + assessment). Nothing is reassessed: the old verdict is kept and its criteria say it came from the
 * former heuristic. {@code impact.outageHours} -> {@code facts.supplyLostHours}, {@code personsAffected} stays,
 * {@code hospitalAffected} -> {@code criticalCustomerAffected}, {@code scadaAffected} -> {@code otIntrusion};
 * the essential services are left empty (revision 1 only had free-text service names, still in
 * {@code affectedServices}); the clocks of a significant incident start at {@code awareAt}, as they did.
 */
@Component
class IncidentDetectedRevision1To2 extends JsonUpcaster {

    static final String FORMER_HEURISTIC = "assessed when recorded by the former NIS1 drinking-water heuristic: ";

    IncidentDetectedRevision1To2() {
        super(IncidentDetected.class, "1", "2");
    }

    @Override
    protected void upcast(ObjectNode event) {
        JsonNode impact = event.remove("impact");
        ObjectNode facts = event.putObject("facts");
        facts.putArray("services");
        if (impact != null && impact.isObject()) {
            copy(impact, "outageHours", facts, "supplyLostHours");
            copy(impact, "personsAffected", facts, "personsAffected");
            copy(impact, "hospitalAffected", facts, "criticalCustomerAffected");
            copy(impact, "scadaAffected", facts, "otIntrusion");
        }
        boolean significant = event.path("significant").asBoolean(false);
        JsonNode reasons = event.remove("significanceReasons");
        event.remove("significant");
        ObjectNode assessment = event.putObject("assessment");
        assessment.put("significant", significant);
        ArrayNode criteria = assessment.putArray("criteria");
        if (reasons != null && reasons.isArray()) {
            reasons.forEach(reason -> criteria.add(FORMER_HEURISTIC + reason.asText()));
        }
        codedCriterion(assessment, significant, impact, criteria);
        assessment.putArray("assumed").add("former heuristic: outage >= 2 h with >= 2,000 persons or a hospital; any SCADA effect");
        boolean served = impact != null && (impact.path("outageHours").asDouble(0) > 0
                || impact.path("personsAffected").asInt(0) > 0 || impact.path("hospitalAffected").asBoolean(false));
        assessment.put("likelyToAffectTheService", significant && served);
        assessment.put("basis", "NIS1 drinking-water heuristic (IncidentDetected revision 1)");
        if (significant && event.hasNonNull("awareAt")) {
            event.set("clocksStartAt", event.get("awareAt"));
        } else {
            event.putNull("clocksStartAt");
        }
    }

    /**
     * One {@code FORMER_NIS1_HEURISTIC} criterion: the former verdict with the impact it was made on, for the
     * reader's language; its sentence is the former reasons, as recorded.
     */
    private static void codedCriterion(ObjectNode assessment, boolean significant, JsonNode impact, ArrayNode criteria) {
        ObjectNode criterion = assessment.putArray("codedCriteria").addObject();
        criterion.put("code", SignificanceCriterion.FORMER_NIS1_HEURISTIC.name());
        ObjectNode parameters = criterion.putObject("parameters");
        parameters.put("significant", significant);
        boolean hasImpact = impact != null && impact.isObject();
        parameters.put("hasImpact", hasImpact);
        if (hasImpact) {
            copy(impact, "outageHours", parameters, "outageHours");
            copy(impact, "personsAffected", parameters, "persons");
        }
        parameters.put("hospital", hasImpact && impact.path("hospitalAffected").asBoolean(false));
        parameters.put("scada", hasImpact && impact.path("scadaAffected").asBoolean(false));
        java.util.List<String> sentences = new java.util.ArrayList<>();
        criteria.forEach(c -> sentences.add(c.asText()));
        criterion.put("text", sentences.isEmpty() ? FORMER_HEURISTIC.strip() : String.join("; ", sentences));
    }

    private static void copy(JsonNode from, String field, ObjectNode to, String as) {
        if (from.hasNonNull(field)) {
            to.set(as, from.get(field));
        }
    }
}
