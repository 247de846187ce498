package org.joinedup.app.schedule;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** When {@code serve} runs the nightly: a Quartz cron expression in a time zone. */
@ConfigurationProperties("joinedup.schedule")
public record ScheduleProperties(@DefaultValue("0 0 2 * * ?") String cron, @DefaultValue("Europe/London") ZoneId zone) {
}
