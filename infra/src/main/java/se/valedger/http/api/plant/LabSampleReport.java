package se.valedger.http.api.plant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.valedger.kernel.InvalidInput;
import se.valedger.plant.LabParameter;
import se.valedger.plant.LabUnit;
import se.valedger.plant.RecordLabSample;
import se.valedger.plant.SampleKind;
import se.valedger.plant.SampleValue;

/**
 * The body of {@code POST /api/plants/{id}/samples}: a composite sample's period (or its date), the period's inflow
 * and its values, each with its unit as written ("mg/l", "kg/d"); parameter and unit are read here so that an
 * unknown one is refused naming the value.
 */
record LabSampleReport(String sampleId, SampleKind kind, LocalDate date, Instant periodStart, Instant periodEnd,
                       Double inflowM3, List<Value> values, String source) {

    record Value(String parameter, Double value, String unit) {
    }

    RecordLabSample toCommand(String plantId) {
        List<SampleValue> parsed = new ArrayList<>();
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                Value v = values.get(i);
                if (v == null) {
                    throw new InvalidInput("values[" + i + "]", "a value needs parameter, value and unit");
                }
                LabParameter parameter = LabParameter.named(v.parameter());
                if (parameter == null) {
                    throw new InvalidInput("values[" + i + "].parameter", "'" + v.parameter()
                            + "' is not a lab parameter we know: BOD7, BOD5, COD, TOT_P or TOT_N");
                }
                LabUnit unit = LabUnit.parse(v.unit());
                if (unit == null) {
                    throw new InvalidInput("values[" + i + "].unit", "the unit '" + v.unit() + "' of " + parameter
                            + " is not known; give mg/l or kg/d (it is never guessed)");
                }
                parsed.add(new SampleValue(parameter, v.value(), unit));
            }
        }
        return new RecordLabSample(plantId, sampleId, kind, date, periodStart, periodEnd, inflowM3, parsed,
                source == null || source.isBlank() ? "api" : source);
    }
}
