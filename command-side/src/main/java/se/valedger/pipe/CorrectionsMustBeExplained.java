package se.valedger.pipe;

import se.valedger.kernel.InvalidInput;

/** A data fix names at least one field and says why, so an auditor can follow it. */
final class CorrectionsMustBeExplained {

    private CorrectionsMustBeExplained() {
    }

    static void check(CorrectPipe command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidInput("reason", "a correction must say why the record was wrong");
        }
        PlausiblePipeAttributes.checkText("reason", command.reason(), 2000);
        boolean anyField = command.networkKind() != null || command.material() != null
                || command.diameterMm() != null || command.lengthM() != null || command.installationYear() != null
                || command.district() != null || command.consequenceClass() != null || command.geometry() != null
                || command.startNode() != null || command.endNode() != null;
        if (!anyField) {
            throw new InvalidInput("body", "a correction names at least one of " + PipeAttributes.FIELDS);
        }
    }
}
