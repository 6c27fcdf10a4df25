package se.valedger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.security.Role;
import se.valedger.security.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** The incident register page shows the assessment, its criteria, the clocks, the customer notice and the requests. */
@IntegrationTest
@EnabledIfChromium
class IncidentPageBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    WebElement find(String css) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void open(String path) {
        browser.driver.get("http://localhost:" + port + path);
    }

    @Test
    void anAuditorSeesTheAssessmentItsCriteriaTheClocksTheCustomerNoticeAndTheIntermediateReport() {
        Api admin = Api.at(port, "admin", "admin-password");
        admin.post("/api/incidents", """
                {"id":"INC-UI-1","awareAt":"2025-12-01T05:00:00Z","description":"UV disinfection stopped by malware",
                 "facts":{"services":["DRINKING_WATER"],"treatmentFailure":true,"personsAffected":12000}}""");
        admin.post("/api/incidents/INC-UI-1/intermediate-report-request",
                "{\"requestedBy\":\"CERT-SE\",\"at\":\"2025-12-02T10:00:00Z\",\"dueAt\":\"2025-12-04T12:00:00Z\"}");
        var last = admin.post("/api/incidents", """
                {"id":"INC-UI-2","awareAt":"2025-12-01T06:00:00Z","description":"short pressure drop",
                 "facts":{"services":["DRINKING_WATER"],"supplyLostHours":0.2,"personsAffected":30}}""");
        admin.get("/api/incidents?minPosition=" + last.header("X-Event-Position"));
        UiPagesTest.ensureUser(jdbc, accounts, "astrid", Role.AUDITOR);
        browser.size(Browser.DESKTOP);
        open("/login");
        browser.driver.manage().deleteAllCookies();
        open("/login");
        find("#username").sendKeys("astrid");
        find("#password").sendKeys("astrid-password");
        find("#sign-in").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("/login"));

        open("/incidents");
        WebElement significant = find("#incidents-table tr[data-incident='INC-UI-1']");
        assertThat(significant.findElement(By.cssSelector(".assessment")).getText())
                .startsWith("Betydande incident").contains("treatment failed", "Art. 23(3)(b)");
        assertThat(significant.findElement(By.cssSelector(".clocks-start")).getText()).startsWith("klockorna från");
        assertThat(significant.findElements(By.cssSelector(".clocks li"))).extracting(e -> e.getAttribute("data-step"))
                .containsExactly("early-warning", "notification", "intermediate-report", "final-report");
        assertThat(significant.findElement(By.cssSelector(".customer-notice")).getText())
                .isEqualTo("Abonnenterna ska informeras (NIS2 art. 23.1–2)");
        assertThat(significant.findElement(By.cssSelector(".intermediate-report")).getText()).startsWith("Delrapport begärd av CERT-SE");

        WebElement notSignificant = find("#incidents-table tr[data-incident='INC-UI-2']");
        assertThat(notSignificant.findElement(By.cssSelector(".assessment")).getText()).startsWith("Inte betydande");
        assertThat(notSignificant.findElement(By.cssSelector(".no-clocks")).getText()).startsWith("Inga klockor");
        assertThat(notSignificant.findElements(By.cssSelector(".clocks li"))).isEmpty();

        assertThat(find("#csirt").getText()).contains("CERT-SE", "ASSUMED, to confirm");
        assertThat(find("#supervisory-authority").getText()).contains("Livsmedelsverket", "ASSUMED, to confirm");
        assertThat(browser.driver.findElements(By.cssSelector("#assumed-thresholds li")))
                .hasSize(3).allSatisfy(li -> assertThat(li.getText()).startsWith("ASSUMED"));
        browser.screenshot("incidents-assessment");
    }
}
