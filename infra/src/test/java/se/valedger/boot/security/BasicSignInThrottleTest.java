package se.valedger.boot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * HTTP Basic is throttled on the path that checks the password, whatever spelling of the header Spring Security
 * accepts, and parallel guesses cannot all be checked before the lock engages.
 */
@IntegrationTest
// A first lock long enough that thirty quick guesses and the right password certainly fall inside it.
@TestPropertySource(properties = "valedger.login-throttle.base-delay=5s")
class BasicSignInThrottleTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    static String basic(String scheme, String user, String password) {
        return scheme + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Api.Response pipes(String authorization) {
        return Api.anonymous(port).send("GET", "/api/pipes", null, null, "Authorization", authorization);
    }

    long audited(String user, String outcome) {
        return jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE user_name = ? AND outcome = ?",
                Long.class, user, outcome);
    }

    @Test
    void everySpellingOfTheBasicSchemeThatSignsInIsThrottled() {
        List<String> schemes = List.of("Basic\t", "basic ", "BASIC ", "bAsIc\t", " Basic ", "BasicX");
        int n = 0;
        for (String scheme : schemes) {
            String user = "variant-" + n++;
            accounts.create(user, user + "-password", EnumSet.of(Role.ENGINEER));
            String what = "scheme [" + scheme.replace("\t", "<TAB>") + "]";
            assertThat(pipes(basic(scheme, user, user + "-password")).status()).as(what + " signs in").isEqualTo(200);
            for (int i = 0; i < 30; i++) {
                assertThat(pipes(basic(scheme, user, "guess-" + i)).status()).as(what + " guess " + i).isIn(401, 429);
            }
            var right = pipes(basic(scheme, user, user + "-password"));
            assertThat(right.status()).as(what + ": the right password waits out the lock").isEqualTo(429);
            assertThat(right.header("Retry-After")).isNotNull();
            assertThat(right.contentType()).startsWith("application/problem+json");
            assertThat(audited(user, "UNAUTHENTICATED")).as(what + ": guesses checked").isBetween(6L, 29L);
        }
    }

    @Test
    void thirtyParallelWrongGuessesAreNotAllCheckedAndTheRightPasswordWaitsForTheDelay() throws Exception {
        accounts.create("parallel", "parallel-password", EnumSet.of(Role.ENGINEER));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<CompletableFuture<Api.Response>> guesses = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                String guess = "guess-" + i;
                guesses.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return pipes(basic("Basic ", "parallel", guess));
                }, pool));
            }
            start.countDown();
            List<Integer> statuses = guesses.stream().map(CompletableFuture::join).map(Api.Response::status).toList();

            long checked = statuses.stream().filter(s -> s == 401).count();
            assertThat(statuses).as("only 401 or 429").allMatch(s -> s == 401 || s == 429);
            assertThat(checked).as("at most the free failures and one more are checked: " + statuses).isLessThanOrEqualTo(6);
            assertThat(audited("parallel", "UNAUTHENTICATED")).isEqualTo(checked);
            assertThat(audited("parallel", "THROTTLED")).isEqualTo(30 - checked);
        } finally {
            pool.shutdownNow();
        }

        var right = pipes(basic("Basic ", "parallel", "parallel-password"));
        assertThat(right.status()).isEqualTo(429);
        long retryAfter = Long.parseLong(right.header("Retry-After"));
        Thread.sleep(retryAfter * 1000 + 200);
        assertThat(pipes(basic("Basic ", "parallel", "parallel-password")).status()).as("after the delay").isEqualTo(200);
    }

    @Test
    void aScriptSendingTheRightPasswordInParallelFromItsFirstRequestIsNeverRefused() throws Exception {
        accounts.create("script", "script-password", EnumSet.of(Role.ENGINEER));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> pipes(basic("Basic ", "script", "script-password")).status(), pool));
            }
            assertThat(calls.stream().map(CompletableFuture::join).toList()).allMatch(s -> s == 200);
        } finally {
            pool.shutdownNow();
        }
    }
}
