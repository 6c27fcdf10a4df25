package se.valedger.app.imports.en13508;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.valedger.pipe.NetworkKind;

/**
 * EN 13508-2:2003+A1:2011 header codes the import reads for their meaning.
 * <ul>
 * <li>{@code AAK} direction of inspection (table C.1): {@code A} downstream (with the flow), {@code B} upstream
 * (against it).</li>
 * <li>{@code ACK} use of the sewer (table C.3): {@code A} foul, {@code B} surface water, {@code C} combined,
 * {@code D} trade effluent; our network kinds WASTEWATER, STORMWATER, COMBINED, and WASTEWATER for trade effluent
 * (a foul sewer of an industry). Any other value is a warning naming it.</li>
 * </ul>
 */
final class En13508Codes {

    static final List<String> SEWER_USES = List.of("A foul", "B surface water", "C combined", "D trade effluent");

    private En13508Codes() {
    }

    static Optional<NetworkKind> networkKind(String ack) {
        if (ack == null) {
            return Optional.empty();
        }
        return switch (ack.strip().toUpperCase(Locale.ROOT)) {
            case "A", "D" -> Optional.of(NetworkKind.WASTEWATER);
            case "B" -> Optional.of(NetworkKind.STORMWATER);
            case "C" -> Optional.of(NetworkKind.COMBINED);
            default -> Optional.empty();
        };
    }

    /** {@code DOWNSTREAM}, {@code UPSTREAM}, the code itself when it is neither, or null without one. */
    static String direction(String aak) {
        if (aak == null) {
            return null;
        }
        return switch (aak.strip().toUpperCase(Locale.ROOT)) {
            case "A" -> "DOWNSTREAM";
            case "B" -> "UPSTREAM";
            default -> aak.strip();
        };
    }
}
