package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.valedger.app.users.Role;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** The leak list in Chromium (issue 21): a click on a column heading sorts, a second click turns the order round. */
@IntegrationTest
@EnabledIfChromium
class LeakListBrowserTest extends BrowserTestBase {

    private List<String> pipes() {
        return browser.driver.findElements(By.cssSelector("#leaks-table td.leak-pipe")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void clickingThePipeHeadingSortsNaturallyAClickMoreReversesAndTheKindFilterKeepsTheOrder() {
        String t = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String district = "Torvalla" + t;
        Api admin = Api.at(port, "admin", "admin-password");
        for (String n : List.of("10", "2", "1")) {
            UiPagesTest.register(port, UiPagesTest.pipe("TB" + t + "-" + n, district, 492000, 6995000, 492100, 6995060));
            var r = admin.post("/api/leaks", "{\"pipeId\":\"TB" + t + "-" + n + "\",\"kind\":\""
                    + (n.equals("2") ? "BURST" : "LEAK") + "\",\"severity\":\"LOW\"}");
            admin.get("/api/leaks/" + r.json().get("id").asText() + "?minPosition=" + r.header("X-Event-Position"));
        }
        ensureUser("erik", Role.ENGINEER);
        browser.size(Browser.DESKTOP);
        open("/login");
        browser.driver.manage().deleteAllCookies();
        open("/login");
        find("#username").sendKeys("erik");
        find("#password").sendKeys("erik-password");
        find("#sign-in").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("/login"));

        open("/leaks?district=" + district.toLowerCase().substring(0, district.length() - 2));
        find("#sort-pipe").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("sort=pipe"));
        List<String> ascending = pipes();
        find("#sort-pipe").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("dir=desc"));
        List<String> descending = pipes();
        new Select(find("#kind")).selectByValue("LEAK");
        find("#filter-leaks").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("kind=LEAK"));
        List<String> leaksOnly = pipes();

        assertThat(ascending).containsExactly("TB" + t + "-1", "TB" + t + "-2", "TB" + t + "-10");
        assertThat(descending).containsExactly("TB" + t + "-10", "TB" + t + "-2", "TB" + t + "-1");
        assertThat(leaksOnly).containsExactly("TB" + t + "-10", "TB" + t + "-1");
        assertThat(find("#leaks-table .leak-number").getText()).matches("L-\\d{4}-\\d{4}");
        browser.screenshot("leaks-1280");

        browser.size(new Dimension(360, 780));
        open("/leaks?district=" + district);
        find("#leaks-table");
        long wide = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
        long screen = ((Number) js("return document.documentElement.clientWidth;")).longValue();
        browser.screenshot("leaks-360");
        assertThat(wide).as("page width at 360 px").isLessThanOrEqualTo(screen);
    }

    @Test
    void onA360PxPhoneTheHeaderTakesAtMostFifteenPercentOfA780PxScreenOnEveryMainPage() {
        ensureUser("petra21", Role.ADMIN);
        browser.size(Browser.DESKTOP);
        open("/login");
        browser.driver.manage().deleteAllCookies();
        open("/login");
        find("#username").sendKeys("petra21");
        find("#password").sendKeys("petra21-password");
        find("#sign-in").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("/login"));
        browser.size(new Dimension(360, 780));
        StringBuilder figures = new StringBuilder();
        for (String path : List.of("/", "/leaks", "/pipes", "/backlog")) {
            open(path);
            find("header.top");
            double header = ((Number) js("return document.querySelector('header.top').getBoundingClientRect().height;"))
                    .doubleValue();
            long screen = ((Number) js("return window.innerHeight;")).longValue();
            long wide = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
            figures.append(path).append(' ').append(header).append(" px of ").append(screen).append('\n');
            // the last menu item is reachable: the menu scrolls inside itself
            js("document.querySelector('.top nav ul').scrollLeft = 10000;");
            WebElement last = browser.driver.findElement(By.cssSelector(".top nav li:last-child a"));
            assertThat(last.isDisplayed()).as(path + ": last menu item shown").isTrue();
            assertThat(header).as(path + ": header height at 360 x 780 (" + screen + " px inside)")
                    .isLessThanOrEqualTo(0.15 * 780);
            assertThat(wide).as(path + ": page width").isLessThanOrEqualTo(360);
        }
        browser.screenshot("header-360");
        System.out.println("Header heights at 360 x 780:\n" + figures);
    }
}
