package se.valedger.leak;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import se.valedger.kernel.IdsMustBeAddressable;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.UtilityTime;
import se.valedger.pipe.CoordinatesMustLieInTheCrsArea;

/** Values a leak report can hold; anything else is a typing or import error. */
final class PlausibleLeak {

    static final double MAX_FLOW_LPS = 10_000;
    static final double MAX_REPAIR_HOURS = 2_000;

    private PlausibleLeak() {
    }

    static void checkReport(ReportLeak c, Clock clock) {
        checkId(c.leakId());
        required("kind", c.kind());
        required("severity", c.severity());
        if (blank(c.pipeId()) && c.position() == null) {
            throw new InvalidInput("position", "a leak needs a position, a pipe, or both");
        }
        checkPosition(c.position());
        if (c.estimatedFlowLps() != null && (!Double.isFinite(c.estimatedFlowLps()) || c.estimatedFlowLps() < 0
                || c.estimatedFlowLps() > MAX_FLOW_LPS)) {
            throw new InvalidInput("estimatedFlowLps", "estimated flow must be 0 to " + (int) MAX_FLOW_LPS + " l/s, was "
                    + c.estimatedFlowLps());
        }
        checkDiameter(c.diameterMm());
        LeakTimesMustBePlausible.check("reportedAt", c.reportedAt(), clock);
        text("reporter", c.reporter(), 200);
        text("pipeId", c.pipeId(), 100);
    }

    static void checkHistoric(RecordHistoricLeak c, Clock clock) {
        checkId(c.leakId());
        required("kind", c.kind());
        required("severity", c.severity());
        required("reportedOn", c.reportedOn());
        LeakTimesMustBePlausible.check("reportedOn", c.reportedOn(), clock);
        if (blank(c.pipeId()) && c.position() == null && blank(c.address())) {
            throw new InvalidInput("position", "a leak needs a position, a pipe or an address");
        }
        checkPosition(c.position());
        checkDiameter(c.diameterMm());
        if (c.installationYear() != null && (c.installationYear() < 1800 || c.installationYear() > UtilityTime.thisYear(clock))) {
            throw new InvalidInput("installationYear", "installation year must be 1800 to this year, was " + c.installationYear());
        }
        checkRepairHours(c.repairHours());
        text("address", c.address(), 300);
        text("remarks", c.remarks(), 5_000);
    }

    static void checkRepairHours(Double hours) {
        if (hours != null && (!Double.isFinite(hours) || hours < 0 || hours > MAX_REPAIR_HOURS)) {
            throw new InvalidInput("repairHours", "repair hours must be 0 to " + (int) MAX_REPAIR_HOURS + ", was " + hours);
        }
    }

    static void notInFuture(String field, Instant at, Clock clock) {
        LeakTimesMustBePlausible.check(field, at, clock);
    }

    static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidInput(field, field + " is required");
        }
    }

    static void text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInput(field, field + " is at most " + max + " characters");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void checkId(String id) {
        IdsMustBeAddressable.check("id", id);
    }

    private static void checkPosition(Position p) {
        if (p == null) {
            return;
        }
        if (p.x() == null || p.y() == null || !Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
            throw new InvalidInput("position", "a position needs finite x and y");
        }
        text("position.crs", p.crs(), 50);
        CoordinatesMustLieInTheCrsArea.check("position", p.crs(), p.x(), p.y());
    }

    private static void checkDiameter(Integer d) {
        if (d != null && (d < 10 || d > 5000)) {
            throw new InvalidInput("diameterMm", "diameter must be 10 to 5000 mm, was " + d);
        }
    }
}
