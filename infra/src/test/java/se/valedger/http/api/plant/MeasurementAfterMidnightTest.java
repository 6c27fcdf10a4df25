package se.valedger.http.api.plant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * At 00:30 in Östersund on 4 December 2026 (23:30 UTC on the 3rd) the night shift records the day's first figures:
 * the measurement is for today, not the future.
 */
@IntegrationTest
class MeasurementAfterMidnightTest {

    static final Instant HALF_PAST_MIDNIGHT = Instant.parse("2026-12-03T23:30:00Z");

    /** The application clock running on from 2026-12-03T23:30Z, in UTC like the real one. */
    @TestConfiguration
    static class HalfPastMidnight {
        @Bean
        @Primary
        Clock halfPastMidnight() {
            return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), HALF_PAST_MIDNIGHT));
        }
    }

    @LocalServerPort
    int port;

    @Test
    void aMeasurementForTodayEnteredJustAfterLocalMidnightIsRecordedAndTomorrowsIsRefused() {
        Api admin = Api.at(port, "admin", "admin-password");
        var registered = admin.post("/api/plants", PlantApiTest.SMALL_PLANT.formatted("p-night"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);

        var today = admin.post("/api/plants/p-night/measurements", "{\"date\":\"2026-12-04\",\"inflowM3\":640}");
        assertThat(today.status()).as(today.body()).isBetween(200, 202);

        var tomorrow = admin.post("/api/plants/p-night/measurements", "{\"date\":\"2026-12-05\",\"inflowM3\":640}");
        assertThat(tomorrow.status()).isEqualTo(400);
        assertThat(tomorrow.json().get("field").asText()).isEqualTo("date");
        assertThat(tomorrow.json().get("detail").asText()).contains("in the future");
    }
}
