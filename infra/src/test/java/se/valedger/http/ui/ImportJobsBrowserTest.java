package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** The import jobs page: a job started through the API shows a progress bar that htmx moves to 100 %. */
@IntegrationTest
@EnabledIfChromium
class ImportJobsBrowserTest extends BrowserTestBase {

    @Test
    void anAdministratorSeesAnImportsProgressBarReachOneHundredPercentWithoutReloading() {
        browser.size(Browser.DESKTOP);
        browser.driver.get("http://localhost:" + port + "/login");
        browser.driver.findElement(By.id("username")).sendKeys("admin");
        browser.driver.findElement(By.id("password")).sendKeys("admin-password");
        browser.driver.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("/login"));

        StringBuilder csv = new StringBuilder("id,networkKind,material,diameterMm,lengthM,installationYear\n");
        for (int i = 0; i < 3000; i++) {
            csv.append("UIJ-").append(i).append(",STORMWATER,PE,300,12,2001\n");
        }
        var started = Api.at(port, "admin", "admin-password").send("POST", "/api/imports/pipes-csv", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), "Prefer", "respond-async");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().get("id").asText();

        browser.driver.get("http://localhost:" + port + "/imports/jobs");
        String row = "tr[data-job='" + id + "']";
        WebElement first = browser.driver.findElement(By.cssSelector(row));
        assertThat(first.getAttribute("data-state")).as("still going when the page opened").isIn("QUEUED", "RUNNING");
        Object pageMarker = ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("window.notReloaded = true; return true;");
        assertThat(pageMarker).isEqualTo(true);

        new WebDriverWait(browser.driver, Duration.ofSeconds(120))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                "DONE".equals(d.findElement(By.cssSelector(row)).getAttribute("data-state")));
        WebElement done = browser.driver.findElement(By.cssSelector(row));
        assertThat(done.findElement(By.cssSelector("progress")).getAttribute("value")).isEqualTo("100");
        assertThat(done.findElement(By.cssSelector(".percent")).getText()).isEqualTo("100 %");
        assertThat(done.getText()).contains("Klart").containsPattern("3.000 lästa, 3.000 godtagna, 0 avvisade");
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("return window.notReloaded;"))
                .as("the bar moved by htmx polling, not by reloading the page").isEqualTo(true);
        browser.screenshot("import-jobs");
    }
}
