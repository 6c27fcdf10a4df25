package se.valedger.boot.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import se.valedger.app.map.MapSettings;

class MapBackgroundPolicyTest {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void withoutABackgroundImagesComeOnlyFromUs() {
        assertThat(UiSecurityConfig.contentSecurityPolicy(new MapSettings("", "", 19, 50000)))
                .contains("img-src 'self' data:;").isEqualTo(UiSecurityConfig.CONTENT_SECURITY_POLICY);
    }

    @Test
    void aConfiguredTileServiceIsAllowedAsAnImageSourceAndNothingElseChanges() {
        MapSettings tiles = new MapSettings("https://{s}.tiles.example.se/wmts/{z}/{x}/{y}.png", "© Example", 18, 50000);
        assertThat(VALIDATOR.validate(tiles)).isEmpty();
        String policy = UiSecurityConfig.contentSecurityPolicy(tiles);
        assertThat(policy).contains("img-src 'self' data: https://*.tiles.example.se;").contains("script-src 'self';");
    }

    @Test
    void aTileUrlWithoutItsPlaceholdersOrWithQuotesIsRefusedAtStart() {
        assertThat(VALIDATOR.validate(new MapSettings("https://tiles.example.se/{z}/{x}.png", "", 19, 1))).hasSize(1);
        assertThat(VALIDATOR.validate(new MapSettings("javascript:alert(1)/{z}/{x}/{y}", "", 19, 1))).hasSize(1);
        assertThat(VALIDATOR.validate(new MapSettings("https://a.se/{z}/{x}/{y}.png' 'unsafe-inline", "", 19, 1)))
                .hasSize(1);
        assertThat(VALIDATOR.validate(new MapSettings("", "", 19, 0))).hasSize(1);
    }
}
