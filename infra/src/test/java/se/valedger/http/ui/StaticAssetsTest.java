package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.IntegrationTest;

/** The pages name their scripts and styles by versioned URLs, which are gzip-compressed and cached for a year. */
@IntegrationTest
class StaticAssetsTest {

    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;
    String page;

    @BeforeEach
    void openAPage() {
        UiPagesTest.ensureUser(jdbc, accounts, "petra", Role.PLANNER);
        page = WebSession.signedIn(port, "petra", "petra-password").get("/map").body();
    }

    static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex + " in the page").isTrue();
        return m.group(1);
    }

    HttpResponse<byte[]> fetch(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void ourOwnScriptsAndStylesHaveAContentHashInTheirUrl() {
        assertThat(first(page, "src=\"(/js/app[^\"]*)\"")).matches("/js/app-[0-9a-f]{32}\\.js");
        assertThat(first(page, "src=\"(/js/map[^\"]*)\"")).matches("/js/map-[0-9a-f]{32}\\.js");
        assertThat(first(page, "href=\"(/css/app[^\"]*)\"")).matches("/css/app-[0-9a-f]{32}\\.css");
        assertThat(first(page, "data-echarts-src=\"([^\"]+)\"")).isEqualTo("/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertThat(first(page, "src=\"(/webjars/leaflet[^\"]*)\"")).isEqualTo("/webjars/leaflet/1.9.4/dist/leaflet.js");
    }

    @Test
    void echartsIsSentCompressedAndCachedForAYearNotWithNoStore() throws Exception {
        String echarts = first(page, "data-echarts-src=\"([^\"]+)\"");
        HttpResponse<byte[]> plain = fetch(echarts, false);
        HttpResponse<byte[]> zipped = fetch(echarts, true);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.body().length).as("gzip bytes against %d", plain.body().length)
                .isLessThan(plain.body().length * 2 / 5);
        String cache = zipped.headers().firstValue("Cache-Control").orElse("");
        assertThat(cache).contains("max-age=31536000").contains("public").doesNotContain("no-store").doesNotContain("no-cache");
        System.out.printf("ECharts: %d bytes, %d gzip-compressed%n", plain.body().length, zipped.body().length);
    }

    @Test
    void aVersionedScriptOfOurOwnIsCachedAndAChangedHashIsNotFound() throws Exception {
        String app = first(page, "src=\"(/js/app[^\"]*)\"");
        HttpResponse<byte[]> script = fetch(app, true);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
        assertThat(fetch("/js/app-00000000000000000000000000000000.js", false).statusCode()).isEqualTo(404);
    }

    @Test
    void pagesAreCompressedButNeverCached() throws Exception {
        HttpResponse<byte[]> login = fetch("/login", true);
        assertThat(login.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(login.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }
}
