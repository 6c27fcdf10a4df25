package se.valedger.boot.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.oidc.*} ({@link OidcResourceServer}): bearer tokens from the utility's identity provider, off unless
 * {@code enabled}. The issuer, and the claims the provider puts roles and user names in, are set by the utility's
 * IT operations.
 */
@Validated
@ConfigurationProperties("valedger.oidc")
public record OidcSettings(@DefaultValue("false") boolean enabled,
                           @DefaultValue("") @NotNull String issuerUri,
                           @DefaultValue("") @NotNull String jwkSetUri,
                           @DefaultValue("roles") @NotNull String rolesClaim,
                           @DefaultValue("") @NotNull String rolePrefix,
                           @DefaultValue("preferred_username") @NotNull String usernameClaim) {

    @AssertTrue(message = "valedger.oidc.issuer-uri is needed when valedger.oidc.enabled=true")
    public boolean isIssuerUriSetWhenEnabled() {
        return !enabled || (issuerUri != null && !issuerUri.isBlank());
    }
}
