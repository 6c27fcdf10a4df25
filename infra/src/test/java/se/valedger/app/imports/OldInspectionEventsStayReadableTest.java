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

    @Test
    void aHandGradedInspectionFromBeforeIssue17ReadsAsTheInspectorsClassForBothAspects() throws Exception {
        String stored = """
                {"pipeId":"VA-1042","inspectionId":"i-1","date":"2026-11-01","inspector":"E. Ek","method":"CCTV",
                 "grade":3,"findings":"crack at 12 m"}""";

        InspectionLogged event = Serialization.storageObjectMapper().readValue(stored, InspectionLogged.class);

        assertThat(event.condition().structuralClass()).isEqualTo(3);
        assertThat(event.condition().operationalClass()).isEqualTo(3);
        assertThat(event.condition().source()).isEqualTo(se.valedger.inspection.ConditionSource.INSPECTOR);
        assertThat(event.condition().structuralBasis()).isEqualTo(se.valedger.inspection.ConditionBasis.GRADE);
    }

    @Test
    void aCodedInspectionGradedByTheTableThenCalledValP122ReadsWithTheNewNameAndAsDerived() throws Exception {
        String stored = """
                {"pipeId":"S-1","inspectionId":"i-2","date":"2026-11-01","inspector":"E. Ek","method":"CCTV","grade":4,
                 "findings":null,"standard":"EN 13508-2",
                 "observations":[{"distanceM":0.5,"code":"BAC","characterisation1":"B","clockFrom":12,"atJoint":false},
                                 {"distanceM":3.0,"code":"BCA","characterisation1":"A","atJoint":false}],
                 "grading":{"ruleTableVersion":"VAL-P122-2025.1","structuralGrade":4,"operationalGrade":1,
                   "structuralDecidedBy":{"index":0,"code":"BAC","distanceM":0.5,"rule":"BAC-B break with missing pieces: class 4"},
                   "operationalDecidedBy":null,"pacpStructuralGrade":4,"pacpOperationalGrade":0,"structuralRating":4,
                   "operationalRating":0,"structuralRatingIndex":4.0,"operationalRatingIndex":0.0,
                   "structuralQuickRating":"4100","operationalQuickRating":"0000","unknownCodes":[]}}""";

        InspectionLogged event = Serialization.storageObjectMapper().readValue(stored, InspectionLogged.class);

        assertThat(event.grading().ruleTableVersion()).isEqualTo("VAL-DERIVED-2025.1");
        assertThat(event.condition().structuralClass()).isEqualTo(4);
        assertThat(event.condition().source()).isEqualTo(se.valedger.inspection.ConditionSource.DERIVED);
        assertThat(event.condition().operationalClass()).as("no operational defect observed").isNull();
        assertThat(event.observations().get(0).inspectorClass()).isNull();
        assertThat(event.grade()).isEqualTo(4);
    }

    @Test
    void theInspectorsObservationClassIsStoredAsClassAndReadBack() throws Exception {
        var mapper = Serialization.storageObjectMapper();
        var observation = new se.valedger.inspection.Observation(1.0, "BAB", "B", null, "2", null, 12, null, false, null,
                null, 3);
        String json = mapper.writeValueAsString(observation);
        assertThat(json).contains("\"class\":3");
        assertThat(mapper.readValue(json, se.valedger.inspection.Observation.class).inspectorClass()).isEqualTo(3);
    }
}
