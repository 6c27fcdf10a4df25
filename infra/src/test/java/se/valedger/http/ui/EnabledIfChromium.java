package se.valedger.http.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a browser suite only where Chromium is installed ({@code .ci/run} installs it); elsewhere the
 * suite is skipped with a message saying how to get it. A Chromium without its chromedriver fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Browser.Condition.class)
@interface EnabledIfChromium {
}
