package org.joinedup.app.console;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The web console that {@code serve} and {@code console} serve.
 *
 * @param enabled whether {@code serve} serves it too ({@code console} refuses when off)
 * @param address the address it listens on: only this machine by default
 * @param port its port
 * @param sessionTimeout how long a signed-in session lasts unused
 * @param uploadLimit the largest return that can be uploaded
 * @param adminPassword the first admin's password when the warehouse has no console user
 * yet; blank: a generated one, printed once
 */
@Validated
@ConfigurationProperties("joinedup.console")
public record ConsoleProperties(boolean enabled, @NotBlank String address, @Min(0) @Max(65535) int port,
		@NotNull Duration sessionTimeout, @NotNull DataSize uploadLimit, String adminPassword) {
}
