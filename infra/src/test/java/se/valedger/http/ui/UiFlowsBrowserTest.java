package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.valedger.app.users.Role;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** The planner, engineer and auditor screens end to end in headless Chromium; screenshots to target/screenshots. */
@IntegrationTest
@EnabledIfChromium
class UiFlowsBrowserTest extends BrowserTestBase {

    @BeforeEach
    void users() {
        ensureUser("erik", Role.ENGINEER);
        ensureUser("petra", Role.PLANNER);
        ensureUser("karl", Role.PLANNER);
        ensureUser("astrid", Role.AUDITOR);
        browser.size(Browser.DESKTOP);
    }

    void signIn(String user) {
        open("/login");
        browser.driver.manage().deleteAllCookies();
        open("/login");
        find("#username").sendKeys(user);
        find("#password").sendKeys(user + "-password");
        find("#sign-in").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    /** Waits for the next page to show {@code expected} (a click's page replaces the one the element was on). */
    void waitText(String css, String expected) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().equals(expected)));
    }

    void untilShown(String path, String css) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> {
            open(path);
            return !d.findElements(By.cssSelector(css)).isEmpty();
        });
    }

    void assertNoHorizontalScrolling() {
        Number overflow = (Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("wider than the screen: " + browser.driver.getCurrentUrl()).isLessThanOrEqualTo(0);
    }

    long events(String aggregateId, String type) {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE ?", Long.class, aggregateId, "%" + type);
    }

    @Test
    void aGrade4InspectionReachesTheBacklogAndAPlanIsApprovedByASecondPlannerNotItsAuthor() {
        UiPagesTest.register(port, UiPagesTest.pipe("VA-FLOW-1", "Flöde", 495000, 6998000, 495100, 6998000));
        signIn("erik");
        open("/pipes/VA-FLOW-1/inspections/new");
        js("arguments[0].value = arguments[1];", find("#date"), UiPagesTest.yesterday());
        new Select(find("#method")).selectByValue("CCTV");
        find("label[for=grade-4] span").click();
        find("#save-inspection").click();
        assertThat(find("#latest-grade").getText()).contains("4");

        signIn("petra");
        untilShown("/backlog?district=Flöde", "#backlog-table tr[data-pipe-id='VA-FLOW-1']");
        WebElement row = find("#backlog-table tr[data-pipe-id='VA-FLOW-1']");
        row.findElement(By.cssSelector("summary")).click();
        assertThat(row.findElement(By.cssSelector(".explanation ul")).getText())
                .contains("Sannolikhet: Strukturellt skick").contains("Konsekvens: Dimension = DN").contains("poäng");
        browser.screenshot("backlog");
        open("/backlog/matrix");
        assertThat(find("#risk-matrix").getText()).contains("Sannolikhet 5");
        browser.screenshot("risk-matrix");
        find("#risk-matrix a[id^=cell-]").click();
        assertThat(find("#cell-filter").getText()).startsWith("Filtrerat på sannolikhet");

        open("/renewal/plans");
        find("#programme").sendKeys("Flödesplan");
        find("#budgetSek").sendKeys("5000000");
        find("#create-plan").click();
        waitText("#plan-status", "Utkast");
        String planUrl = browser.driver.getCurrentUrl().replaceFirst("\\?.*", "");
        String planId = planUrl.substring(planUrl.lastIndexOf('/') + 1);
        find("#add-pipe").sendKeys("VA-FLOW-1");
        find("#add-item-submit").click();
        assertThat(find("#plan-items tr[data-pipe-id='VA-FLOW-1']").getText()).contains("VA-FLOW-1");
        find("#submit-plan").click();
        waitText("#plan-status", "Inskickad");
        find("#approve-plan").click();
        assertThat(find("#problem").getText()).as("the author may not approve").startsWith("Inte utfört:");
        waitText("#plan-status", "Inskickad");
        assertThat(events(planId, "RenewalPlanApproved")).isZero();
        browser.screenshot("plan-approval-refused");

        signIn("karl");
        open("/renewal/plans/" + planId);
        find("#approve-plan").click();
        waitText("#plan-status", "Godkänd");
        assertThat(find("#plan-reviewer").getText()).isEqualTo("karl");
        browser.screenshot("plan-approved");

        signIn("astrid");
        open("/audit?type=ApproveRenewalPlan&aggregate=" + planId);
        assertThat(browser.driver.findElements(By.cssSelector("#audit-table tr[data-outcome=ACCEPTED]")))
                .singleElement().extracting(WebElement::getText).asString().contains("karl");
        assertThat(browser.driver.findElements(By.cssSelector("#audit-table tr[data-outcome=REJECTED_RULE]")))
                .singleElement().extracting(WebElement::getText).asString().contains("petra");
        browser.screenshot("audit-search");
        find("#verify-link").click();
        assertThat(find("#verification").getText()).startsWith("Kedjan är hel");
        browser.screenshot("audit-verify");
        open("/incidents");
        find("#incidents-table");
        browser.screenshot("incidents");
    }

    @Test
    void plannerChartsDrawGovikenAgainstItsPermitAndTheAgingNetwork() {
        var measured = Api.at(port, "admin", "admin-password").post("/api/plants/goviken/measurements", """
                {"date":"%s","inflowM3":21000,"bod7Kg":5200}""".formatted(UiPagesTest.yesterday()));
        assertThat(measured.status()).as(measured.body()).isEqualTo(202);
        signIn("petra");
        untilShown("/plants/goviken", "#capacity-table td.num");
        assertThat(find("#plant-name").getText()).isEqualTo("Göviken");
        find("#capacity-chart[data-chart-drawn] svg");
        assertThat(browser.driver.findElements(By.cssSelector("#capacity-chart svg path")).size()).isGreaterThan(2);
        find("#weekly-chart[data-chart-drawn] svg");
        assertThat(find("#assumed-permit").getText()).contains("ASSUMED");
        browser.screenshot("goviken-capacity");

        open("/network/aging");
        find("#decade-chart[data-chart-drawn] svg");
        find("#rate-chart[data-chart-drawn] svg");
        browser.screenshot("network-aging");

        open("/renewal/proposal?budgetSek=2000000");
        find("#forecast-chart[data-chart-drawn] svg");
        assertThat(find("#forecast-table").getText()).contains("Gör ingenting").contains("Högst risk först");
        browser.screenshot("renewal-proposal");
    }

    @Test
    void anEngineerReportsALeakFromAPhoneAndFollowsItToClosed() {
        UiPagesTest.register(port, UiPagesTest.pipe("VA-LEAK-1", "Läcka", 496000, 6999000, 496100, 6999000));
        browser.size(Browser.PHONE);
        signIn("erik");
        open("/pipes/VA-LEAK-1");
        find("#pipe-leak").click();
        assertThat(find("#pipeId").getAttribute("value")).isEqualTo("VA-LEAK-1");
        new Select(find("#kind")).selectByValue("BURST");
        new Select(find("#severity")).selectByValue("HIGH");
        assertNoHorizontalScrolling();
        browser.screenshot("leak-report-phone");
        find("#report-leak").click();

        waitText("#leak-status", "Rapporterad");
        String leakId = browser.driver.getCurrentUrl().replaceFirst("\\?.*", "").replaceFirst(".*/", "");
        assertThat(events(leakId, "LeakReported")).isEqualTo(1);
        assertNoHorizontalScrolling();
        find("#confirm-leak").click();
        waitText("#leak-status", "Bekräftad");
        js("arguments[0].value = '2030-01-01T08:00';", find("#scheduledFor"));
        find("#crew").sendKeys("Lag 2");
        find("#schedule-repair").click();
        waitText("#leak-status", "Lagning planerad");
        new Select(find("#method")).selectByValue("CLAMP");
        new Select(find("#cause")).selectByValue("CORROSION_HOLE");
        find("#repairHours").sendKeys("2");
        find("#record-repair").click();
        waitText("#leak-status", "Lagad");
        find("#close-leak").click();
        waitText("#leak-status", "Stängd");
        assertNoHorizontalScrolling();
        browser.screenshot("leak-closed-phone");

        open("/pipes/VA-LEAK-1/history?asOf=" + java.time.LocalDate.now(se.valedger.kernel.UtilityTime.ZONE));
        assertThat(find("#timeline").getText()).contains("Ledning registrerad").doesNotContain("PipeRegistered");
        find("#as-of dd[data-field=material]");
        assertNoHorizontalScrolling();
        browser.screenshot("pipe-history-phone");
    }

    @Test
    void anAuditorSeesTheAssessmentItsCriteriaTheClocksTheCustomerNoticeAndTheIntermediateReport() {
        Api admin = Api.at(port, "admin", "admin-password");
        admin.post("/api/incidents", """
                {"id":"INC-UI-1","awareAt":"2025-12-01T05:00:00Z","description":"UV disinfection stopped by malware",
                 "facts":{"services":["DRINKING_WATER"],"treatmentFailure":true,"personsAffected":12000}}""");
        admin.post("/api/incidents/INC-UI-1/intermediate-report-request",
                "{\"requestedBy\":\"CERT-SE\",\"at\":\"2025-12-02T10:00:00Z\",\"dueAt\":\"2025-12-04T12:00:00Z\"}");
        admin.post("/api/incidents", """
                {"id":"INC-UI-2","awareAt":"2025-12-01T06:00:00Z","description":"short pressure drop",
                 "facts":{"services":["DRINKING_WATER"],"supplyLostHours":0.2,"personsAffected":30}}""");
        long formerPosition = se.valedger.http.api.incident.FormerIncidentEventsTest.insertRevision1(jdbc, "INC-UI-R1",
                se.valedger.http.api.incident.FormerIncidentEventsTest.REVISION_1.formatted("INC-UI-R1"));
        var projected = admin.get("/api/incidents/INC-UI-R1?minPosition=" + formerPosition);
        assertThat(projected.status()).as(projected.body()).isEqualTo(200);
        signIn("astrid");

        open("/incidents");
        WebElement significant = find("#incidents-table tr[data-incident='INC-UI-1']");
        assertThat(significant.findElement(By.cssSelector(".assessment")).getText())
                .startsWith("Betydande incident").doesNotContain("treatment failed", "Art. 23(3)(b)");
        assertThat(significant.findElement(By.cssSelector(".criteria li[data-code='TREATMENT_FAILED']")).getText())
                .isEqualTo("reningen har fallerat: har orsakat betydande skada på andras hälsa eller på miljön (art. 23.3 b)");
        assertThat(significant.findElement(By.cssSelector(".status")).getText()).isEqualTo("Upptäckt");
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
        assertThat(notSignificant.findElement(By.cssSelector(".criteria li")).getText()).startsWith("inget kriterium i art. 23.3 gäller");
        assertThat(notSignificant.findElement(By.cssSelector(".status")).getText()).isEqualTo("Bedömd som inte betydande");

        WebElement former = find("#incidents-table tr[data-incident='INC-UI-R1']");
        assertThat(former.findElement(By.cssSelector(".criteria li[data-code='FORMER_NIS1_HEURISTIC']")).getText())
                .startsWith("bedömd vid registreringen med den tidigare NIS1-tumregeln för dricksvatten")
                .endsWith("betydande; avbrott 3 h, 2 500 personer, styrsystemen (SCADA) påverkade");

        assertThat(find("#csirt").getText()).contains("CERT-SE", "antaget, att bekräfta: cybersäkerhetsförordningen (2025:1507) 6 och 31 §§");
        assertThat(find("#supervisory-authority").getText()).contains("Livsmedelsverket", "antaget, att bekräfta");
        assertThat(browser.driver.findElements(By.cssSelector("#assumed-thresholds li")))
                .hasSize(3).allSatisfy(li -> assertThat(li.getText()).startsWith("Antaget:"));
        browser.size(new org.openqa.selenium.Dimension(Browser.DESKTOP.width,
                ((Number) js("return document.documentElement.scrollHeight")).intValue() + 120));
        browser.screenshot("incidents-assessment");
    }
}
