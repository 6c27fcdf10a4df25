package se.valedger.pipe;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record InspectionLogged(
        String pipeId,
        String inspectionId,
        LocalDate date,
        String inspector,
        InspectionMethod method,
        int grade,
        String findings) {
}
