package se.valedger.app.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProjectionsTest {

    @Test
    void aPointOnSweref99TmsCentralMeridianLiesOnFifteenDegreesEastAtOstersundsLatitude() {
        // SWEREF 99 TM: transverse Mercator on 15° E, false easting 500 000 m, scale 0.9996 (Lantmäteriet).
        double[] lonLat = Projections.toWgs84("EPSG:3006").orElseThrow().lonLat(500000, 7004000);
        assertThat(lonLat[0]).isCloseTo(15.0, within(1e-9));
        // 7 004 000 m north / 0.9996 along the meridian is about 63.16° N, the latitude of Östersund.
        assertThat(lonLat[1]).isCloseTo(63.16, within(0.02));
    }

    @Test
    void eastOfTheMeridianIsEastAndAKilometreIsAboutTwoHundredthsOfADegreeThere() {
        Projections.ToWgs84 t = Projections.toWgs84("epsg:3006").orElseThrow();
        double[] a = t.lonLat(500000, 7004000);
        double[] b = t.lonLat(501000, 7004000);
        // 1 km at 63.16° N is 1 / (111.32 cos 63.16°) = 0.0199° of longitude.
        assertThat(b[0] - a[0]).isCloseTo(0.0199, within(0.0003));
        assertThat(b[1]).isCloseTo(a[1], within(1e-4));
    }

    @Test
    void drawingUnitsAndUnknownCodesHaveNoTransform() {
        assertThat(Projections.toWgs84("EPANET")).isEmpty();
        assertThat(Projections.toWgs84("EPSG:999999")).isEmpty();
        assertThat(Projections.toWgs84(null)).isEmpty();
        assertThat(Projections.toWgs84("EPSG:4326")).isPresent();
    }

    @Test
    void aPointFarOutsideTheWorldIsRefusedNotDrawnSomewhereWrong() {
        assertThat(Projections.toWgs84("EPSG:3006").orElseThrow().lonLat(5e9, 9e10)).isNull();
    }
}
