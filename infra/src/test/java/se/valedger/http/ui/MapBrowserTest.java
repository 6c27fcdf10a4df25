package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.SharedData;

/**
 * The network map in Chromium with real EPANET models (Net3 and the Kentucky utility ky4, drawing units) beside
 * pipes in SWEREF 99 TM: every pipe of the register drawn, each in its frame, zoom that magnifies, clicks and keys
 * that open the pipe.
 */
@IntegrationTest
@EnabledIfChromium
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapBrowserTest extends BrowserTestBase {

    static final Dimension WIDE = new Dimension(1366, 900);
    Api admin;
    long registered;

    @BeforeAll
    void importTheNetwork() throws IOException {
        admin = Api.at(port, "admin", "admin-password");
        for (String[] p : new String[][] {{"OST-A", "492000", "6995000", "492400", "6995300"},
                {"OST-B", "494000", "6996000", "494300", "6996900"}}) {
            var answer = admin.post("/api/pipes", UiPagesTest.pipe(p[0], "Östersund", Double.parseDouble(p[1]),
                    Double.parseDouble(p[2]), Double.parseDouble(p[3]), Double.parseDouble(p[4])));
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        }
        var leak = admin.post("/api/leaks", """
                {"pipeId":"OST-A","kind":"LEAK","severity":"MEDIUM",
                 "position":{"crs":"EPSG:3006","x":492200.0,"y":6995150.0}}""");
        assertThat(leak.status()).as(leak.body()).isIn(201, 202);
        for (String model : List.of("Net3", "ky4")) {
            var imported = admin.post("/api/imports/epanet?idPrefix=" + model + "-&district=" + model + "&fileName="
                    + model + ".inp", "text/plain", Files.readAllBytes(SharedData.file("epanet/" + model + ".inp")));
            assertThat(imported.status()).as(imported.body()).isIn(200, 202);
        }
        // 2 + 117 (Net3) + 1 156 (ky4), once the register has them all.
        new WebDriverWait(browser.driver, Duration.ofSeconds(180)).pollingEvery(Duration.ofMillis(500)).until(d ->
                admin.get("/api/pipes?size=1").json().get("total").asLong() == 1275);
        registered = 1275;
    }

    @BeforeEach
    void signIn() {
        browser.size(WIDE);
        open("/login");
        browser.driver.manage().deleteAllCookies();
        open("/login");
        find("#username").sendKeys("admin");
        find("#password").sendKeys("admin-password");
        find("#sign-in").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    void openMap(String path) {
        open(path);
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> (Boolean) js(
                "const c = document.querySelectorAll('.map-canvas'); return c.length > 0 && "
                        + "Array.from(c).every(e => e.dataset.ready === 'true');"));
    }

    /** Java and Chromium write the thousands separator as a no-break space; the test reads it as a space. */
    static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    Set<String> registerIds() {
        Set<String> ids = new HashSet<>();
        for (int page = 0; page * 500 < registered; page++) {
            for (JsonNode item : admin.get("/api/pipes?size=500&page=" + page).json().get("items")) {
                ids.add(item.get("pipeId").asText());
            }
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    List<String> drawnIds(String canvas) {
        return (List<String>) js("return Array.from(document.querySelectorAll(arguments[0] + ' path.pipe-line'))"
                + ".map(p => p.getAttribute('data-pipe-id'));", canvas);
    }

    @Test
    void everyImportedPipeIsDrawnTheSwerefOnesOnTheMapAndEachEpanetModelInItsOwnFrame() {
        openMap("/map");
        List<WebElement> canvases = browser.driver.findElements(By.cssSelector(".map-canvas"));
        // the map frames follow the register's order, natural and case-blind (ICU): ky4-… before Net3-…
        assertThat(canvases).extracting(c -> c.getAttribute("data-frame"))
                .containsExactly("geo", "EPANET|ky4", "EPANET|Net3");
        assertThat(drawnIds("[data-frame='geo']")).containsExactlyInAnyOrder("OST-A", "OST-B");
        assertThat(drawnIds("[data-frame='EPANET|Net3']")).hasSize(117).allMatch(id -> id.startsWith("Net3-"));
        assertThat(drawnIds("[data-frame='EPANET|ky4']")).hasSize(1156).allMatch(id -> id.startsWith("ky4-"));
        assertThat(new HashSet<>(drawnIds(".map"))).as("every pipe of the register, none twice")
                .isEqualTo(registerIds()).hasSize(1275);
        assertThat(drawnIds(".map")).hasSize(1275);
        assertThat(spaced(find("#map-count").getText())).isEqualTo("1 275 ledningar, hela registret");
        assertThat(browser.driver.findElements(By.cssSelector("h2")).stream().map(h -> spaced(h.getText())).toList())
                .containsExactly("Karta: 2 ledningar i SWEREF 99 TM eller annat känt referenssystem",
                        "Ritning: 1 156 ledningar i EPANET-enheter, område ky4",
                        "Ritning: 117 ledningar i EPANET-enheter, område Net3");
        assertThat(browser.driver.findElements(By.cssSelector("[data-frame='geo'] [data-leak-id]"))).hasSize(1);
        assertThat(find("#map-no-background").getText()).contains("valedger.map.tile-url");
        // Drawn on screen, not just present: the ky4 network fills its frame.
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) js("const r = document.querySelector(\"[data-frame='EPANET|ky4'] .leaflet-overlay-pane svg g\")"
                + ".getBoundingClientRect(); return [r.width, r.height];");
        assertThat(box.get(0).doubleValue()).isGreaterThan(500);
        browser.screenshot("map-1366");
    }

    @Test
    void zoomingInMagnifiesThePipesInBothKindsOfFrame() {
        openMap("/map");
        for (String frame : List.of("geo", "EPANET|ky4")) {
            String canvas = "[data-frame='" + frame + "']";
            WebElement pipe = browser.driver.findElement(By.cssSelector(canvas + " path.pipe-line"));
            js("arguments[0].scrollIntoView({block: 'center'});", find(canvas));
            double before = ((Number) js("const r = arguments[0].getBoundingClientRect(); return Math.hypot(r.width, r.height);", pipe)).doubleValue();
            double zoomBefore = ((Number) js("return window.valedgerMaps[arguments[0]].getZoom();", frame)).doubleValue();
            WebElement zoomIn = browser.driver.findElement(By.cssSelector(canvas + " .leaflet-control-zoom-in"));
            assertThat(zoomIn.getAttribute("title")).isEqualTo("Zooma in");
            zoomIn.click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> ((Number) js(
                    "return window.valedgerMaps[arguments[0]].getZoom();", frame)).doubleValue() == zoomBefore + 1);
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> ((Number) js(
                    "const r = arguments[0].getBoundingClientRect(); return Math.hypot(r.width, r.height);", pipe))
                    .doubleValue() > before * 1.8);
        }
    }

    @Test
    void aClickOrEnterOnAPipeOpensIt() {
        openMap("/map");
        WebElement pipe = find("[data-frame='geo'] path.pipe-line[data-pipe-id='OST-B']");
        js("arguments[0].scrollIntoView({block: 'center'});", pipe);
        @SuppressWarnings("unchecked")
        List<Number> middle = (List<Number>) js("const r = arguments[0].getBoundingClientRect();"
                + "return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];", pipe);
        new Actions(browser.driver).moveToLocation(middle.get(0).intValue(), middle.get(1).intValue()).click().perform();
        assertThat(find("#pipe-id").getText()).isEqualTo("OST-B");

        openMap("/map");
        WebElement epanet = find("[data-frame='EPANET|Net3'] path.pipe-line[data-pipe-id='Net3-20']");
        assertThat(epanet.getAttribute("role")).isEqualTo("link");
        assertThat(epanet.getAttribute("aria-label")).isEqualTo("Net3-20 – Ej inspekterad");
        js("arguments[0].focus();", epanet);
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        assertThat(find("#pipe-id").getText()).isEqualTo("Net3-20");
    }

    @Test
    void aDistrictFilterSaysHowManyOfTheRegisterAreShownAndAPhoneGetsNoSidewaysScrolling() {
        browser.size(Browser.PHONE);
        openMap("/map?district=Net3");
        assertThat(drawnIds(".map")).hasSize(117);
        assertThat(spaced(find("#map-count").getText())).isEqualTo("Visar 117 av 1 275 ledningar");
        Number overflow = (Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        browser.screenshot("map-360");
    }

    /** Milliseconds from navigation until every chart of the page is drawn. */
    long chartPageLoad(String path) {
        long started = System.nanoTime();
        open(path);
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(20)).until(d -> (Boolean) js(
                "const c = document.querySelectorAll('[data-chart]'); return c.length > 0 && "
                        + "Array.from(c).every(e => e.hasAttribute('data-chart-drawn'));"));
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Test
    void aChartPageOnAThrottledConnectionLoadsItsCompressedEChartsOnceAndThenUnderOneAndAHalfSeconds() throws IOException {
        // Chrome's "Fast 3G" preset: 1.6 Mbit/s down, 750 kbit/s up, 562.5 ms round trip.
        ChromiumNetworkConditions fast3g = new ChromiumNetworkConditions();
        fast3g.setLatency(Duration.ofMillis(563));
        fast3g.setDownloadThroughput(1_600_000 / 8);
        fast3g.setUploadThroughput(750_000 / 8);
        browser.driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        browser.driver.setNetworkConditions(fast3g);
        try {
            long cold = chartPageLoad("/network/aging");
            long warm = chartPageLoad("/network/aging");
            long again = chartPageLoad("/network/aging");
            String figures = String.format("/network/aging on Fast 3G (1.6 Mbit/s, 563 ms): empty cache %d ms, "
                    + "cached assets %d ms and %d ms%n", cold, warm, again);
            System.out.print(figures);
            Files.writeString(Path.of("target", "chart-page-load.txt"), figures);
            assertThat(Math.min(warm, again)).as(figures).isLessThan(1500);
            assertThat(cold).as("ECharts compressed: about 330 kB instead of 1 MB (" + figures + ")").isLessThan(5700);
        } finally {
            browser.driver.deleteNetworkConditions();
        }
    }

    @Test
    void aPlanPrintsFromChromiumToAPdfOfA4PagesWithoutTheSiteHeader() throws IOException {
        var drafted = admin.post("/api/renewal-plans", "{\"year\":2030,\"budgetSek\":5000000,\"programme\":\"Nämnden\"}");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String plan = drafted.json().get("id").asText();
        admin.get("/api/renewal-plans/" + plan + "?minPosition=" + drafted.header("X-Event-Position"));
        open("/renewal/plans/" + plan + "/print");
        assertThat(find("#paper-municipality").getText()).isEqualTo("Östersunds kommun");
        assertThat(js("return getComputedStyle(document.querySelector('.top')).display;")).isNotEqualTo("none");
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        String pdf = new String(java.util.Base64.getDecoder().decode(browser.driver.print(a4).getContent()),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF-");
        long pages = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(pdf).results().count();
        assertThat(pages).as("pages of the printed plan").isPositive();
        Files.write(Path.of("target", "screenshots", "plan-print.pdf"), pdf.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        browser.screenshot("plan-print-1366");
    }
}
