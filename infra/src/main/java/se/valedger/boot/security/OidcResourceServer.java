package se.valedger.boot.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import se.valedger.app.users.Role;

/**
 * Optional: accept bearer tokens (JWT) from the municipality's OpenID Connect provider besides Basic sign-in.
 * Off unless {@code valedger.oidc.enabled=true}. Nothing contacts the provider at start-up: its keys are fetched
 * on the first token. Roles come from a claim ({@code roles} by default) whose values name our roles,
 * optionally with a prefix ({@code valedger.oidc.role-prefix}, e.g. {@code valedger-}); unknown values are ignored.
 */
@Component
@ConditionalOnProperty(name = "valedger.oidc.enabled", havingValue = "true")
public class OidcResourceServer {

    private final String issuerUri;
    private final String jwkSetUri;
    private final String rolesClaim;
    private final String rolePrefix;
    private final String usernameClaim;

    @Autowired
    OidcResourceServer(OidcSettings settings) {
        this(settings.issuerUri(), settings.jwkSetUri(), settings.rolesClaim(), settings.rolePrefix(),
                settings.usernameClaim());
    }

    OidcResourceServer(String issuerUri, String jwkSetUri, String rolesClaim, String rolePrefix, String usernameClaim) {
        this.issuerUri = issuerUri;
        this.jwkSetUri = jwkSetUri;
        this.rolesClaim = rolesClaim;
        this.rolePrefix = rolePrefix.toUpperCase(Locale.ROOT);
        this.usernameClaim = usernameClaim;
    }

    /**
     * Bearer tokens are checked by {@code throttled} wrapped around the token check, as the resource server's one
     * authentication manager: a refused token counts against its client address, a locked address gets 429.
     */
    void configure(HttpSecurity http, AuthenticationEntryPoint unauthorized,
                   UnaryOperator<AuthenticationProvider> throttled) throws Exception {
        NimbusJwtDecoder decoder = (jwkSetUri.isBlank()
                ? NimbusJwtDecoder.withIssuerLocation(issuerUri) : NimbusJwtDecoder.withJwkSetUri(jwkSetUri)).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuerUri));
        JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder);
        tokens.setJwtAuthenticationConverter(this::authentication);
        AuthenticationManager manager = new ProviderManager(throttled.apply(tokens));
        http.oauth2ResourceServer(server -> server
                .authenticationEntryPoint(unauthorized)
                .jwt(jwt -> jwt.authenticationManager(manager)));
    }

    AbstractAuthenticationToken authentication(Jwt jwt) {
        String name = jwt.getClaimAsString(usernameClaim);
        return new JwtAuthenticationToken(jwt, roles(jwt), name == null ? jwt.getSubject() : name);
    }

    Collection<GrantedAuthority> roles(Jwt jwt) {
        Object claim = jwt.getClaims().get(rolesClaim);
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> list) {
            list.forEach(v -> values.add(String.valueOf(v)));
        } else if (claim instanceof String text) {
            values.addAll(List.of(text.split("[ ,]+")));
        }
        List<GrantedAuthority> roles = new ArrayList<>();
        for (String value : values) {
            String upper = value.trim().toUpperCase(Locale.ROOT);
            if (!upper.startsWith(rolePrefix)) {
                continue;
            }
            String role = upper.substring(rolePrefix.length());
            for (Role known : Role.values()) {
                if (known.name().equals(role)) {
                    roles.add(new SimpleGrantedAuthority(known.authority()));
                }
            }
        }
        return roles;
    }
}
