package se.valedger.boot.evolution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;
import se.valedger.plant.PlantMeasurementCorrected;
import se.valedger.plant.PlantMeasurementRecorded;

/**
 * {@link PlantMeasurementRecorded} and {@link PlantMeasurementCorrected} revision 1 read as revision 2: the day's
 * peak hour and its hours were not kept before issue 16, so they read as unknown (null), never as zero. The lab
 * values such an event carries stay as they are; the weekly load reads them as a 24-hour composite of the day.
 */
final class PlantMeasurementRevision1To2 {

    private PlantMeasurementRevision1To2() {
    }

    static void addPeakHour(ObjectNode event) {
        event.putNull("peakHourM3");
        event.putNull("peakHourStart");
        event.putNull("hours");
    }

    @Component
    static class Recorded extends JsonUpcaster {
        Recorded() {
            super(PlantMeasurementRecorded.class, "1", "2");
        }

        @Override
        protected void upcast(ObjectNode event) {
            addPeakHour(event);
        }
    }

    @Component
    static class Corrected extends JsonUpcaster {
        Corrected() {
            super(PlantMeasurementCorrected.class, "1", "2");
        }

        @Override
        protected void upcast(ObjectNode event) {
            addPeakHour(event);
        }
    }
}
