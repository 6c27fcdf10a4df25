package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** Issue 14 item 9: the verify page checks the checkpoint it is given, as the API does. */
@IntegrationTest
class AuditVerifyPageTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    @Test
    void theVerifyPageSaysBrokenForAWrongCheckpointAndIntactForTheRightOne() {
        accounts.create("agnes", "auditor-password", EnumSet.of(Role.AUDITOR));
        var checkpoint = Api.at(port, "admin", "admin-password").post("/api/audit/checkpoints", "");
        assertThat(checkpoint.status()).as(checkpoint.body()).isEqualTo(201);
        long seq = checkpoint.json().get("seq").asLong();
        String hash = checkpoint.json().get("headHash").asText();
        WebSession auditor = WebSession.signedIn(port, "agnes", "auditor-password");

        HttpResponse<String> wrong = auditor.get("/audit/verify?expectSeq=" + seq + "&expectHash=" + "ab".repeat(32));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("id=\"verification\"").contains("Kedjan är bruten vid post " + seq)
                .doesNotContain("Kedjan är hel");
        var api = Api.at(port, "agnes", "auditor-password").get("/api/audit/verify?expectSeq=" + seq + "&expectHash=" + "ab".repeat(32));
        assertThat(api.json().get("valid").asBoolean()).isFalse();

        HttpResponse<String> right = auditor.get("/audit/verify?expectSeq=" + seq + "&expectHash=" + hash);
        assertThat(right.body()).contains("Kedjan är hel").contains("value=\"" + hash + "\"");
    }

    @Test
    void aMalformedCheckpointOnTheVerifyPageIsNamedAndNoVerdictIsShown() {
        accounts.create("greta", "auditor-password", EnumSet.of(Role.AUDITOR));
        WebSession auditor = WebSession.signedIn(port, "greta", "auditor-password");
        HttpResponse<String> page = auditor.get("/audit/verify?expectSeq=3&expectHash=xyz");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"verification-error\"").contains("64 hexadecimal digits")
                .doesNotContain("Kedjan är hel");
    }
}
