package se.valedger.http.api.renewal;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.papers.municipality}: the name at the head of every paper for the committee (xlsx exports, the
 * print view). The default is the first utility's, Östersund; another municipality sets its own.
 */
@Validated
@ConfigurationProperties("valedger.papers")
public record PaperSettings(@DefaultValue("Östersunds kommun") @NotBlank String municipality) {
}
