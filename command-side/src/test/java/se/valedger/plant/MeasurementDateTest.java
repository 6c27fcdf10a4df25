package se.valedger.plant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import se.valedger.kernel.InvalidInput;

/** "Today" for a measurement is the utility's date (Europe/Stockholm), while the application clock runs in UTC. */
class MeasurementDateTest {

    static final String ID = "goviken";
    static final Permit PERMIT = new Permit(1000, 1000.0, LocalDate.of(2020, 1, 1), "M 1234-20");
    static final TreatmentPlantRegistered REGISTERED = new TreatmentPlantRegistered(ID, "Göviken", PERMIT, List.of(80, 90));

    static FixtureConfiguration<TreatmentPlant> at(String utc) {
        FixtureConfiguration<TreatmentPlant> fixture = new AggregateTestFixture<>(TreatmentPlant.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse(utc), ZoneOffset.UTC));
        return fixture;
    }

    static RecordPlantMeasurement flow(LocalDate date) {
        return new RecordPlantMeasurement(ID, date, 500.0, null, null, null, null, "test", null);
    }

    @Test
    void todaysMeasurementEnteredAtHalfPastMidnightInWinterIsAcceptedThoughUtcIsStillYesterday() {
        LocalDate today = LocalDate.of(2026, 12, 4); // 2026-12-03T23:30Z is 00:30 CET on the 4th
        at("2026-12-03T23:30:00Z").given(REGISTERED)
                .when(flow(today))
                .expectEvents(new PlantMeasurementRecorded(ID, today, 500.0, null, null, null, null, null, "test"));
    }

    @Test
    void todaysMeasurementEnteredAtHalfPastMidnightInSummerIsAcceptedThoughUtcIsStillYesterday() {
        LocalDate today = LocalDate.of(2026, 7, 2); // 2026-07-01T22:30Z is 00:30 CEST on the 2nd
        at("2026-07-01T22:30:00Z").given(REGISTERED)
                .when(flow(today))
                .expectEvents(new PlantMeasurementRecorded(ID, today, 500.0, null, null, null, null, null, "test"));
    }

    @Test
    void tomorrowsMeasurementIsStillRefusedAsInTheFuture() {
        at("2026-12-03T23:30:00Z").given(REGISTERED)
                .when(flow(LocalDate.of(2026, 12, 5)))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("is in the future"))
                .expectNoEvents();
    }
}
