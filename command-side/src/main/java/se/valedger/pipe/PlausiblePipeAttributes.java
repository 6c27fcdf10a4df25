package se.valedger.pipe;

import java.time.Clock;
import se.valedger.kernel.IdsMustBeAddressable;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.UtilityTime;

/**
 * Values a pipe's record can physically hold (ids: {@link IdsMustBeAddressable}; coordinates:
 * {@link CoordinatesMustLieInTheCrsArea}). Anything outside is a typing or import error,
 * refused before it reaches the ledger.
 */
final class PlausiblePipeAttributes {

    static final int SMALLEST_DIAMETER_MM = 10;
    static final int LARGEST_DIAMETER_MM = 5000;
    static final double LONGEST_PIPE_M = 100_000;
    /** 1 mm: anything shorter is a unit error (millimetres typed as metres the other way round). */
    static final double SHORTEST_PIPE_M = 0.001;
    static final int EARLIEST_INSTALLATION_YEAR = 1800;
    static final int MAX_ID_LENGTH = 100;

    private PlausiblePipeAttributes() {
    }

    static void checkRegistration(RegisterPipe command, Clock clock) {
        checkId(command.pipeId());
        checkValues(command, clock);
        for (String field : command.assumed()) {
            if (!ASSUMABLE.contains(field)) {
                throw new InvalidInput("assumed", "only " + ASSUMABLE + " can be marked assumed, not '" + field + "'");
            }
        }
        checkHydraulicStatus(command.hydraulicStatus());
    }

    /** The fields an import may default (issue 18): what a file most often leaves out. */
    static final java.util.List<String> ASSUMABLE = java.util.List.of("material", "installationYear");
    /** EPANET 2 [PIPES] status (EPANET 2.2 manual, section "[PIPES]"): open, closed, check valve. */
    static final java.util.List<String> HYDRAULIC_STATUSES = java.util.List.of("OPEN", "CLOSED", "CV");

    private static void checkValues(RegisterPipe command, Clock clock) {
        required("networkKind", command.networkKind());
        required("material", command.material());
        checkDiameter(command.diameterMm());
        checkLength(command.lengthM());
        checkInstallationYear(command.installationYear(), clock);
        if (command.consequenceClass() != null) {
            checkConsequenceClass(command.consequenceClass());
        }
        checkGeometry(command.geometry());
        checkText("district", command.district(), 200);
        checkText("startNode", command.startNode(), 100);
        checkText("endNode", command.endNode(), 100);
    }

    /**
     * The whole record after a correction, checked with the same limits as a registration; not the id, which
     * was accepted when the pipe was registered (ids stored before today's alphabet stay usable).
     */
    static void checkAttributes(String pipeId, PipeAttributes a, Clock clock) {
        checkValues(new RegisterPipe(pipeId, a.networkKind(), a.material(), a.diameterMm(), a.lengthM(),
                a.installationYear(), a.district(), a.consequenceClass(), a.geometry(), a.startNode(), a.endNode()),
                clock);
        checkHydraulicStatus(a.hydraulicStatus());
    }

    private static void checkHydraulicStatus(String status) {
        if (status != null && !HYDRAULIC_STATUSES.contains(status)) {
            throw new InvalidInput("hydraulicStatus", "a pipe's hydraulic status is one of " + HYDRAULIC_STATUSES
                    + ", was '" + status + "'");
        }
    }

    static void checkId(String pipeId) {
        IdsMustBeAddressable.check("id", pipeId);
    }

    static void checkDiameter(Integer diameterMm) {
        required("diameterMm", diameterMm);
        if (diameterMm < SMALLEST_DIAMETER_MM || diameterMm > LARGEST_DIAMETER_MM) {
            throw new InvalidInput("diameterMm", "diameter must be between " + SMALLEST_DIAMETER_MM + " and "
                    + LARGEST_DIAMETER_MM + " mm, was " + diameterMm);
        }
    }

    static void checkLength(Double lengthM) {
        required("lengthM", lengthM);
        if (!Double.isFinite(lengthM) || lengthM < SHORTEST_PIPE_M || lengthM > LONGEST_PIPE_M) {
            throw new InvalidInput("lengthM", "length must be at least " + SHORTEST_PIPE_M + " m (1 mm) and at most "
                    + (int) LONGEST_PIPE_M + " m, was " + lengthM);
        }
    }

    static void checkInstallationYear(Integer year, Clock clock) {
        required("installationYear", year);
        int thisYear = UtilityTime.thisYear(clock);
        if (year > thisYear) {
            throw new InvalidInput("installationYear", "installation year " + year + " is in the future");
        }
        if (year < EARLIEST_INSTALLATION_YEAR) {
            throw new InvalidInput("installationYear", "installation year must be " + EARLIEST_INSTALLATION_YEAR
                    + " or later, was " + year);
        }
    }

    static void checkConsequenceClass(int consequenceClass) {
        if (consequenceClass < 1 || consequenceClass > 5) {
            throw new InvalidInput("consequenceClass", "consequence class is 1 (minor) to 5 (critical), was "
                    + consequenceClass);
        }
    }

    static void checkGeometry(Geometry geometry) {
        if (geometry == null) {
            return;
        }
        if (geometry.coordinates().size() < 2) {
            throw new InvalidInput("geometry.coordinates", "a pipe's line needs at least two points");
        }
        for (Point p : geometry.coordinates()) {
            if (p == null || !Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
                throw new InvalidInput("geometry.coordinates", "every point needs two finite numbers");
            }
            CoordinatesMustLieInTheCrsArea.check("geometry.coordinates", geometry.crs(), p.x(), p.y());
        }
        checkText("geometry.crs", geometry.crs(), 50);
    }

    static void checkText(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new InvalidInput(field, field + " is at most " + maxLength + " characters");
        }
    }

    static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidInput(field, field + " is required");
        }
    }
}
