package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.valedger.app.users.Role;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * The UI as people use it, in headless Chromium against the running application. Screenshots of the
 * main screens go to infra/target/screenshots/.
 */
@IntegrationTest
@EnabledIfChromium
class UiBrowserTest extends BrowserTestBase {

    @BeforeEach
    void freshVisitor() {
        ensureUser("erik", Role.ENGINEER);
        ensureUser("petra", Role.PLANNER);
        ensureUser("astrid", Role.AUDITOR);
        browser.size(Browser.DESKTOP);
        open("/login");
        browser.driver.manage().deleteAllCookies();
    }

    boolean present(String css) {
        return !browser.driver.findElements(By.cssSelector(css)).isEmpty();
    }

    void signIn(String user, String password) {
        open("/login");
        find("#username").sendKeys(user);
        find("#password").sendKeys(password);
        find("#sign-in").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    void register(String json) {
        UiPagesTest.register(port, json);
    }

    long inspections(String pipeId) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event
                WHERE aggregate_identifier = ? AND payload_type LIKE '%InspectionLogged'""", Long.class, pipeId);
    }

    void assertNoHorizontalScrolling() {
        Number overflow = (Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("page wider than the screen on " + browser.driver.getCurrentUrl()).isLessThanOrEqualTo(0);
    }

    /** Every visible form control has a label: its own label element, or the legend of its fieldset. */
    void assertEveryFieldIsLabelled() {
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) js("""
                return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
                  .filter(e => !(e.labels && e.labels.length) && !(e.closest('fieldset') && e.closest('fieldset').querySelector('legend')))
                  .map(e => e.name || e.id);""");
        assertThat(unlabelled).as("fields without a label").isEmpty();
    }

    @Test
    void eachRoleSignsInToAStartPageOfItsOwn() {
        register(UiPagesTest.pipe("VA-ROLES", "Odensala", 492000, 6995000, 492100, 6995060));
        Map<String, String> passwords = Map.of("erik", "erik-password", "petra", "petra-password",
                "astrid", "astrid-password", "admin", "admin-password");
        Map<String, List<String>> sections = Map.of(
                "erik", List.of("#engineer-start"),
                "petra", List.of("#planner-start"),
                "astrid", List.of("#auditor-start"),
                "admin", List.of("#admin-start", "#planner-start"));
        List<String> all = List.of("#engineer-start", "#planner-start", "#auditor-start", "#admin-start");
        for (String user : List.of("erik", "petra", "astrid", "admin")) {
            open("/login");
            browser.driver.manage().deleteAllCookies();
            signIn(user, passwords.get(user));
            assertThat(find("h1").getText()).isEqualTo("Välkommen, " + user);
            for (String section : all) {
                assertThat(present(section)).as(user + " " + section).isEqualTo(sections.get(user).contains(section));
            }
            if (sections.get(user).contains("#planner-start")) {
                // The chart is drawn by ECharts from its WebJar, offline.
                find("#condition-chart[data-chart-drawn] svg");
                List<String> axisLabels = browser.driver.findElements(By.cssSelector("#condition-chart svg text"))
                        .stream().map(WebElement::getText).toList();
                assertThat(axisLabels).as("Swedish decimal commas on the axis").anyMatch(t -> t.matches("0,\\d+"))
                        .noneMatch(t -> t.matches(".*\\d\\.\\d.*"));
            }
            browser.screenshot("start-" + user);
            find("#logout").click();
            assertThat(find(".notice.ok").getText()).isEqualTo("Du är utloggad.");
        }
    }

    @Test
    void aWrongPasswordShowsAnErrorAndLetsNobodyIn() {
        signIn("erik", "not-the-password");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login?error");
        assertThat(find("#login-error").getText()).isEqualTo("Fel användarnamn eller lösenord.");
        browser.screenshot("sign-in-failed");
        open("/pipes");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void theUiIsSwedishByDefaultAndEnglishOnceChosenAndRemembered() {
        open("/login");
        assertThat(find("html").getAttribute("lang")).isEqualTo("sv");
        assertThat(find("h1").getText()).isEqualTo("Logga in");
        browser.screenshot("sign-in");

        find("#lang-switch").click();
        assertThat(find("h1").getText()).isEqualTo("Sign in");
        assertThat(find("html").getAttribute("lang")).isEqualTo("en");
        open("/login");
        assertThat(find("h1").getText()).as("kept in a cookie").isEqualTo("Sign in");

        signIn("erik", "erik-password");
        assertThat(find("h1").getText()).isEqualTo("Welcome, erik");
        find("#lang-switch").click();
        assertThat(find("h1").getText()).isEqualTo("Välkommen, erik");
    }

    @Test
    void anEngineerOnAPhoneFindsAPipeLogsAnInspectionAndSeesTheNewGrade() {
        register(UiPagesTest.pipe("VA-2001", "Odensala", 492000, 6995000, 492100, 6995060));
        browser.size(Browser.PHONE);
        signIn("erik", "erik-password");
        assertNoHorizontalScrolling();

        find("#find-id").sendKeys("VA-2001");
        find("#find-submit").click();
        assertThat(find("#pipe-id").getText()).isEqualTo("VA-2001");
        assertThat(find("#latest-grade").getText()).isEqualTo("–");
        assertThat(find("#pipe-length").getText()).isEqualTo("120,5 m");
        assertNoHorizontalScrolling();

        find("#log-inspection").click();
        find("#inspection-form");
        assertEveryFieldIsLabelled();
        assertNoHorizontalScrolling();
        assertThat(find("#save-inspection").getSize().getHeight()).isGreaterThanOrEqualTo(44);
        assertThat(find("label[for=grade-3] span").getSize().getHeight()).isGreaterThanOrEqualTo(44);
        js("arguments[0].value = arguments[1];", find("#date"), UiPagesTest.yesterday());
        WebElement inspector = find("#inspector");
        assertThat(inspector.getAttribute("value")).as("prefilled with the signed-in user").isEqualTo("erik");
        inspector.clear();
        inspector.sendKeys("Erik Ek");
        new Select(find("#method")).selectByValue("CCTV");
        find("label[for=grade-3] span").click();
        find("#findings").sendKeys("Spricka vid 12 m");
        browser.screenshot("inspection-form-phone");
        // What the browser would send again if the connection dropped after the server had it.
        String resend = (String) js("return new URLSearchParams(new FormData(document.getElementById('inspection-form'))).toString();");
        String action = find("#inspection-form").getAttribute("action");
        find("#save-inspection").click();

        assertThat(find("#saved").getText()).isEqualTo("Inspektionen är sparad.");
        assertThat(find("#latest-grade").getText()).contains("3").contains("Allvarliga brister");
        assertThat(find("#inspection-count").getText()).isEqualTo("1");
        assertNoHorizontalScrolling();
        browser.screenshot("pipe-after-inspection-phone");

        Object status = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {method: 'POST', body: new URLSearchParams(arguments[1]), redirect: 'follow'})
                  .then(r => done(r.status)).catch(e => done(String(e)));""", action, resend);
        assertThat(status).isEqualTo(200L);
        assertThat(inspections("VA-2001")).as("the retried submission was not stored again").isEqualTo(1);
    }

    @Test
    void aRefusedDateIsExplainedNextToTheDateField() {
        register(UiPagesTest.pipe("VA-2002", "Odensala", 492000, 6995000, 492100, 6995060));
        browser.size(Browser.PHONE);
        signIn("erik", "erik-password");
        open("/pipes/VA-2002/inspections/new");
        js("arguments[0].value = '2999-12-31';", find("#date"));
        new Select(find("#method")).selectByValue("VISUAL");
        find("label[for=grade-2] span").click();
        find("#save-inspection").click();

        WebElement error = find("#date-error");
        assertThat(error.getText()).startsWith("Datumet godtas inte").contains("2999-12-31 is in the future");
        assertThat(find("#date").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#date").getAttribute("aria-describedby")).isEqualTo("date-error");
        assertThat(browser.driver.findElement(By.id("grade-2")).isSelected()).as("what was typed is kept").isTrue();
        browser.screenshot("inspection-form-error-phone");
        assertThat(inspections("VA-2002")).isZero();
    }

    @Test
    void theRegisterSearchUpdatesInPlaceAsOneTypes() {
        for (String id : List.of("SRCH-A1", "SRCH-A2", "SRCH-B1")) {
            register(UiPagesTest.pipe(id, "Söder", 494000, 6997000, 494100, 6997000));
        }
        signIn("astrid", "astrid-password");
        open("/pipes?idPrefix=SRCH-");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("result-count")).getText().equals("3 ledningar");
        });
        js("window.sameDocument = true;");
        find("#idPrefix").sendKeys("A");

        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("result-count")).getText().equals("2 ledningar"));
        assertThat(js("return window.sameDocument === true;")).as("htmx swapped the results, no reload").isEqualTo(true);
        assertThat(browser.driver.getCurrentUrl()).contains("idPrefix=SRCH-A");
        assertEveryFieldIsLabelled();
        browser.screenshot("register");
    }

    @Test
    void keyboardFocusIsVisibleFromTheFirstTab() {
        signIn("erik", "erik-password");
        open("/pipes");
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.driver.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Hoppa till innehållet");
        assertThat(skip.getCssValue("outline-style")).isEqualTo("solid");
        assertThat(skip.getLocation().getX()).as("the skip link comes into view").isGreaterThanOrEqualTo(0);
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        WebElement next = browser.driver.switchTo().activeElement();
        assertThat(next.getCssValue("outline-style")).isEqualTo("solid");
        assertThat(next.getCssValue("outline-width")).isEqualTo("3px");
    }
}
