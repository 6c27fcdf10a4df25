package se.valedger.boot.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.http.api-docs-open} (the OpenAPI description without signing in, {@link SecurityConfig}) and
 * {@code valedger.http.session-cookie.secure} ({@link SessionCookie}: auto, true or false).
 */
@Validated
@ConfigurationProperties("valedger.http")
public record WebSecuritySettings(@DefaultValue("false") boolean apiDocsOpen,
                                  @DefaultValue @Valid @NotNull SessionCookieSettings sessionCookie) {

    public record SessionCookieSettings(
            @DefaultValue("auto") @NotNull @Pattern(regexp = "auto|true|false", message = "must be auto, true or false")
            String secure) {
    }
}
