package se.valedger.boot.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valedger.boot.Serialization;
import se.valedger.pipe.FieldChange;
import se.valedger.pipe.Material;
import se.valedger.pipe.PipeAttributes;
import se.valedger.pipe.PipeCorrected;
import se.valedger.pipe.PipeRegistered;
import se.valedger.pipe.PipeState;

/**
 * PipeRegistered and PipeCorrected gained {@code assumed} and {@code hydraulicStatus} (issue 18, revision 2):
 * payloads stored as revision 1 still read, through their upcasters, and fold to the same pipe.
 */
class OldPipeEventsStayReadableTest {

    private final ObjectMapper storage = Serialization.storageObjectMapper();

    static final String REGISTERED_REVISION_1 = """
            {"pipeId":"NET1-10","networkKind":"DRINKING_WATER","material":"UNKNOWN","diameterMm":457,"lengthM":3209.5,
             "installationYear":1970,"district":null,"consequenceClass":3,"geometry":null,"startNode":"10",
             "endNode":"11"}""";

    PipeRegistered upcastRegistered(String json) throws Exception {
        ObjectNode node = (ObjectNode) storage.readTree(json);
        new PipeRegisteredRevision1To2().upcast(node);
        return storage.treeToValue(node, PipeRegistered.class);
    }

    @Test
    void aRevisionOneRegistrationWithUnknownMaterialReadsWithTheMaterialAssumedAndNoStatus() throws Exception {
        PipeRegistered event = upcastRegistered(REGISTERED_REVISION_1);

        assertThat(event.assumed()).containsExactly("material");
        assertThat(event.hydraulicStatus()).isNull();
        assertThat(event.installationYear()).isEqualTo(1970);
    }

    @Test
    void aRevisionOneRegistrationWithAKnownMaterialAssumesNothing() throws Exception {
        PipeRegistered event = upcastRegistered(REGISTERED_REVISION_1.replace("UNKNOWN", "PVC"));

        assertThat(event.assumed()).isEmpty();
        assertThat(event.material()).isEqualTo(Material.PVC);
    }

    @Test
    void aRevisionOneCorrectionReadsAndFoldsTheAssumedListMinusTheFieldsItChanged() throws Exception {
        String stored = """
                {"pipeId":"NET1-10","changes":[{"field":"material","oldValue":"UNKNOWN","newValue":"DUCTILE_IRON"}],
                 "reason":"import epanet Net1.inp","corrected":{"networkKind":"DRINKING_WATER","material":"DUCTILE_IRON",
                 "diameterMm":457,"lengthM":3209.5,"installationYear":1970,"district":null,"consequenceClass":3,
                 "geometry":null,"startNode":"10","endNode":"11"}}""";
        ObjectNode node = (ObjectNode) storage.readTree(stored);
        new PipeCorrectedRevision1To2().upcast(node);
        PipeCorrected corrected = storage.treeToValue(node, PipeCorrected.class);

        assertThat(corrected.corrected().assumed()).isNull();
        assertThat(corrected.changes()).extracting(FieldChange::field).containsExactly("material");
        PipeRegistered registered = new PipeRegistered("NET1-10", se.valedger.pipe.NetworkKind.DRINKING_WATER,
                Material.UNKNOWN, 457, 3209.5, 1970, null, 3, null, "10", "11", List.of("material", "installationYear"), null);
        PipeState state = PipeState.fold(List.of(registered, corrected));
        assertThat(state.attributes().assumed()).containsExactly("installationYear");
        assertThat(state.attributes().material()).isEqualTo(Material.DUCTILE_IRON);
    }

    @Test
    void aNewRegistrationIsStoredWithItsAssumedFieldsAndStatus() throws Exception {
        String json = storage.writeValueAsString(new PipeRegistered("P-1", se.valedger.pipe.NetworkKind.WASTEWATER,
                Material.UNKNOWN, 200, 10, 1970, null, 3, null, null, null, List.of("material"), "CV"));

        assertThat(json).contains("\"assumed\":[\"material\"]").contains("\"hydraulicStatus\":\"CV\"");
        assertThat(PipeAttributes.FIELDS).contains("hydraulicStatus").doesNotContain("assumed");
    }
}
