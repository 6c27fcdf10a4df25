package se.valedger.plant;

import java.time.Clock;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.UtilityTime;

/**
 * Overflow points and overflows as NFS 2016:6 and the environmental report (NFS 2016:8) ask for them per point:
 * location in SWEREF 99 TM, recipient, type; per overflow start, end, volume, measured or estimated, estimated loads
 * and cause. Refused naming the field: coordinates outside Sweden's SWEREF 99 TM extent, an end before the start or
 * in the future, a negative or implausible volume or load, a missing cause.
 */
final class Overflows {

    /** SWEREF 99 TM's extent over Sweden (EPSG:3006 area of use, rounded outwards). */
    static final double MIN_EAST = 180_000;
    static final double MAX_EAST = 1_000_000;
    static final double MIN_NORTH = 6_100_000;
    static final double MAX_NORTH = 7_700_000;

    private Overflows() {
    }

    static OverflowPointRegistered registered(String plantId, RegisterOverflowPoint c) {
        String id = text("pointId", c.pointId(), 100, "an overflow point needs an id, e.g. BR-12");
        se.valedger.kernel.IdsMustBeAddressable.check("pointId", id);
        String name = text("name", c.name(), 200, "name the point, e.g. Bräddavlopp Storgatan");
        PlausiblePlantFigures.required("type", c.type());
        PlausiblePlantFigures.required("east", c.east());
        PlausiblePlantFigures.required("north", c.north());
        if (!Double.isFinite(c.east()) || c.east() < MIN_EAST || c.east() > MAX_EAST) {
            throw new InvalidInput("east", "east is SWEREF 99 TM (EPSG:3006) in metres, " + (long) MIN_EAST + " to "
                    + (long) MAX_EAST + " in Sweden, was " + c.east());
        }
        if (!Double.isFinite(c.north()) || c.north() < MIN_NORTH || c.north() > MAX_NORTH) {
            throw new InvalidInput("north", "north is SWEREF 99 TM (EPSG:3006) in metres, " + (long) MIN_NORTH + " to "
                    + (long) MAX_NORTH + " in Sweden, was " + c.north());
        }
        String recipient = text("recipient", c.recipient(), 300, "name the recipient, e.g. Storsjön");
        return new OverflowPointRegistered(plantId, id, name, c.type(), c.east(), c.north(), recipient);
    }

    static OverflowRecorded recorded(String plantId, RecordOverflow c, Clock clock) {
        String id = text("overflowId", c.overflowId(), 200, "an overflow needs an id");
        String point = text("pointId", c.pointId(), 100, "name the registered overflow point");
        PlausiblePlantFigures.required("start", c.start());
        PlausiblePlantFigures.required("end", c.end());
        if (!c.end().isAfter(c.start())) {
            throw new InvalidInput("end", "an overflow ends after it starts (start " + c.start() + ", end " + c.end() + ")");
        }
        if (c.end().isAfter(clock.instant())) {
            throw new InvalidInput("end", "overflow end " + c.end() + " is in the future; record it when it is over");
        }
        if (c.start().isBefore(UtilityTime.startOfDay(PlausiblePlantFigures.EARLIEST_DATE))) {
            throw new InvalidInput("start", "an overflow starts " + PlausiblePlantFigures.EARLIEST_DATE + " or later");
        }
        PlausiblePlantFigures.required("volumeM3", c.volumeM3());
        amount("volumeM3", c.volumeM3(), PlausiblePlantFigures.MAX_DAILY_FLOW_M3);
        PlausiblePlantFigures.required("volumeMeasured", c.volumeMeasured());
        amount("bod7Kg", c.bod7Kg(), PlausiblePlantFigures.MAX_DAILY_KG);
        amount("totalPhosphorusKg", c.totalPhosphorusKg(), PlausiblePlantFigures.MAX_DAILY_KG);
        amount("totalNitrogenKg", c.totalNitrogenKg(), PlausiblePlantFigures.MAX_DAILY_KG);
        PlausiblePlantFigures.required("cause", c.cause());
        return new OverflowRecorded(plantId, id, point, c.start(), c.end(), c.volumeM3(), c.volumeMeasured(), c.bod7Kg(),
                c.totalPhosphorusKg(), c.totalNitrogenKg(), c.cause());
    }

    private static void amount(String field, Double value, double max) {
        if (value != null && (!Double.isFinite(value) || value < 0 || value > max)) {
            throw new InvalidInput(field, field + " is 0 to " + (long) max + ", was " + value);
        }
    }

    private static String text(String field, String value, int max, String hint) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, field + " is required: " + hint);
        }
        PlausiblePlantFigures.checkText(field, value, max);
        return value.strip();
    }
}
