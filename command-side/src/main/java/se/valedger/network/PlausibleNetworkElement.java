package se.valedger.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import se.valedger.kernel.IdsMustBeAddressable;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.TextMustBePrintable;
import se.valedger.kernel.UtilityTime;
import se.valedger.pipe.CoordinatesMustLieInTheCrsArea;

/**
 * Values a node, valve or link can hold; anything else is a typing or import error (answered 400 naming the field).
 * A node needs a position ({@link #checkPosition}); its coordinates must lie in the CRS's area
 * ({@link CoordinatesMustLieInTheCrsArea}). A valve's size is 10 to 3000 mm (ASSUMED plausibility bounds: the
 * smallest service valves to the largest trunk-main valves; not a standard's figures).
 */
final class PlausibleNetworkElement {

    static final int MIN_VALVE_MM = 10;
    static final int MAX_VALVE_MM = 3_000;
    static final int MAX_TURNS = 10_000;
    static final int MAX_ATTRIBUTES = 50;

    private PlausibleNetworkElement() {
    }

    static void checkNode(String nodeId, NodeKind kind, String name, Map<String, String> attributes) {
        IdsMustBeAddressable.check("id", nodeId);
        required("kind", kind);
        text("name", name, 200);
        attributes(attributes);
    }

    /** NodesMustBePlaced: a node without a position cannot be drawn, found on the map, nor given to its pipes. */
    static void checkPosition(NodePosition position) {
        if (position == null) {
            throw new InvalidInput("position", "a node needs a position (x, y and crs); rule NodesMustBePlaced");
        }
        if (!Double.isFinite(position.x()) || !Double.isFinite(position.y())) {
            throw new InvalidInput("position", "x and y must be finite numbers");
        }
        text("position.crs", position.crs(), 50);
        CoordinatesMustLieInTheCrsArea.check("position", position.crs(), position.x(), position.y());
    }

    static void checkValve(String valveId, String pipeId, String nodeId, Integer diameterMm) {
        IdsMustBeAddressable.check("id", valveId);
        if (pipeId == null || pipeId.isBlank()) {
            throw new InvalidInput("pipeId", "a valve sits on a pipe at one of its ends: give pipeId and nodeId "
                    + "(a valve on a node alone is ambiguous)");
        }
        if (nodeId == null || nodeId.isBlank()) {
            throw new InvalidInput("nodeId", "give the node at the end of pipe " + pipeId + " where the valve sits");
        }
        text("pipeId", pipeId, 100);
        text("nodeId", nodeId, 100);
        if (diameterMm != null && (diameterMm < MIN_VALVE_MM || diameterMm > MAX_VALVE_MM)) {
            throw new InvalidInput("diameterMm", "a valve's size is " + MIN_VALVE_MM + " to " + MAX_VALVE_MM
                    + " mm, was " + diameterMm);
        }
    }

    static void checkExercise(RecordValveExercise c, Clock clock) {
        required("date", c.date());
        required("outcome", c.outcome());
        LocalDate today = UtilityTime.today(clock);
        if (c.date().isAfter(today)) {
            throw new InvalidInput("date", "an exercise cannot be recorded for a day after today (" + today + ")");
        }
        if (c.date().getYear() < 1900) {
            throw new InvalidInput("date", "a date from 1900 on, was " + c.date());
        }
        if (c.turns() != null && (c.turns() < 0 || c.turns() > MAX_TURNS)) {
            throw new InvalidInput("turns", "turns are 0 to " + MAX_TURNS + ", was " + c.turns());
        }
        text("note", c.note(), 2_000);
        text("crew", c.crew(), 200);
    }

    /**
     * A link's id is the model's own (EPANET names pumps {@code ~@Pump-1}); links are never addressed by URL, so their
     * ids need only be printable, without spaces, at most 100 characters.
     */
    static void checkLink(String linkId, LinkKind kind, String from, String to) {
        if (linkId == null || linkId.isBlank() || linkId.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInput("id", "a link needs an id without spaces");
        }
        text("id", linkId, 100);
        required("kind", kind);
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new InvalidInput("nodes", "a pump or control valve joins two nodes");
        }
    }

    static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidInput(field, field + " is required");
        }
    }

    static void text(String field, String value, int max) {
        if (value == null) {
            return;
        }
        TextMustBePrintable.check(field, value);
        if (value.length() > max) {
            throw new InvalidInput(field, field + " is at most " + max + " characters");
        }
    }

    private static void attributes(Map<String, String> attributes) {
        if (attributes == null) {
            return;
        }
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw new InvalidInput("attributes", "at most " + MAX_ATTRIBUTES + " attributes");
        }
        attributes.forEach((k, v) -> {
            text("attributes", k, 100);
            text("attributes." + k, v, 1_000);
        });
    }
}
