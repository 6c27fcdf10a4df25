package se.valedger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.valedger.boot.Serialization;
import se.valedger.pipe.InspectionLogged;
import se.valedger.pipe.InspectionMethod;

class OldInspectionEventsStayReadableTest {

    @Test
    void anInspectionLoggedBeforeCodedObservationsReadsWithItsGradeAndNoGrading() throws Exception {
        String stored = """
                {"pipeId":"VA-1042","inspectionId":"i-1","date":"2026-11-01","inspector":"E. Ek","method":"CCTV",
                 "grade":3,"findings":"crack at 12 m"}""";

        InspectionLogged event = Serialization.storageObjectMapper().readValue(stored, InspectionLogged.class);

        assertThat(event.grade()).isEqualTo(3);
        assertThat(event.method()).isEqualTo(InspectionMethod.CCTV);
        assertThat(event.grading()).isNull();
        assertThat(event.observations()).isEmpty();
        assertThat(event.structuralGrade()).isEqualTo(3);
        assertThat(event.operationalGrade()).isEqualTo(3);
    }
}
