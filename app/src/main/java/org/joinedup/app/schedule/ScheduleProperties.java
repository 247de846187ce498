package org.joinedup.app.schedule;

import java.time.ZoneId;

import org.joinedup.app.settings.QuartzCron;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/** When {@code serve} runs the nightly: a Quartz cron expression in a time zone. */
@Validated
@ConfigurationProperties("joinedup.schedule")
public record ScheduleProperties(@NotNull @QuartzCron String cron, @NotNull ZoneId zone) {
}
