package se.valedger.pipe;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PipeDecommissioned(String pipeId, String reason, LocalDate date) {
}
