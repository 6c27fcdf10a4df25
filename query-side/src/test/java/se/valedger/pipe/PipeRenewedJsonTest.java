package se.valedger.pipe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PipeRenewedJsonTest {

    @Test
    void aRenewalStoredBeforeRenewalKeysExistedStillReadsWithoutAKey() throws Exception {
        String stored = """
                {"pipeId":"VA-1042","previousMaterial":"GREY_CAST_IRON","previousInstallationYear":1962,"material":"PE",
                 "year":2025,"method":"RELINING","costSek":null,"diameterMm":150,"networkKind":"DRINKING_WATER",
                 "lengthM":120.5}""";
        PipeRenewed event = new ObjectMapper().readValue(stored, PipeRenewed.class);
        assertThat(event).isEqualTo(new PipeRenewed("VA-1042", Material.GREY_CAST_IRON, 1962, Material.PE, 2025,
                RenewalMethod.RELINING, null, 150, NetworkKind.DRINKING_WATER, 120.5));
        assertThat(event.renewalKey()).isNull();
    }
}
