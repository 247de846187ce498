package org.joinedup.app.schedule;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** When {@code serve} runs the nightly: a Quartz cron expression in a time zone. */
@ConfigurationProperties("joinedup.schedule")
public record ScheduleProperties(String cron, ZoneId zone) {
}
