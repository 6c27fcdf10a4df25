package se.valedger.http.api.zone;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.valedger.app.zone.ZoneAnalysis;

/** The analyses as the API answers them: the field names at the top level, then what they rest on. */
final class ZoneAnswers {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ZoneAnswers() {
    }

    static Map<String, Object> balance(ZoneAnalysis.Balance b) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("zoneId", b.zoneId());
        body.put("name", b.name());
        body.putAll(JSON.convertValue(b.balance(), new TypeReference<Map<String, Object>>() {
        }));
        List<String> warnings = new ArrayList<>(b.balance().warnings());
        warnings.addAll(b.pipeWarnings());
        body.put("warnings", warnings);
        body.put("assumptions", b.assumptions());
        body.put("completeDays", b.completeDays());
        body.put("daysWithData", b.daysWithData());
        return body;
    }

    static Map<String, Object> nightFlow(ZoneAnalysis.NightFlow n) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("zoneId", n.zoneId());
        body.put("name", n.name());
        body.put("from", n.from().toString());
        body.put("to", n.to().toString());
        body.put("window", n.window());
        body.put("nightUseM3PerH", n.nightUseM3PerH());
        body.put("nightUseOrigin", n.nightUseOrigin());
        body.put("nightDayFactorHours", n.nightDayFactorHours());
        body.put("nightDayFactorOrigin", n.nightDayFactorOrigin());
        body.put("baselineRule", n.baselineRule());
        body.put("nights", JSON.convertValue(n.result().nights(), List.class));
        body.put("skipped", JSON.convertValue(n.result().skipped(), List.class));
        body.put("signals", JSON.convertValue(n.result().signals(), List.class));
        body.put("assumptions", n.assumptions());
        return body;
    }

    static Map<String, Object> infiltration(ZoneAnalysis.Infiltration i) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("zoneId", i.zoneId());
        body.put("name", i.name());
        body.putAll(JSON.convertValue(i.result(), new TypeReference<Map<String, Object>>() {
        }));
        List<String> warnings = new ArrayList<>(i.result().warnings());
        warnings.addAll(i.pipeWarnings());
        body.put("warnings", warnings);
        body.put("assumptions", i.assumptions());
        return body;
    }
}
