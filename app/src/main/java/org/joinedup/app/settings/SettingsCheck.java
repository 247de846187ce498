package org.joinedup.app.settings;

import java.util.List;

import org.joinedup.app.JoinedupProperties;
import org.joinedup.app.schedule.ScheduleProperties;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

/**
 * Checks every joinedup setting against its constraints before anything uses one: before
 * the log file is opened under {@code joinedup.home} and before the warehouse is. A bad
 * value fails the start with Spring Boot's report naming the setting, its value, where it
 * came from (the option, environment variable or file) and the rule it breaks. Spring
 * checks the same constraints again when it binds the settings.
 */
public class SettingsCheck implements EnvironmentPostProcessor, Ordered {

	/** joinedup's configuration properties records: a new one belongs here too. */
	private static final List<Class<?>> SETTINGS = List.of(JoinedupProperties.class, ScheduleProperties.class);

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		try (ValidatorFactory validators = Validation.byDefaultProvider()
			.configure()
			.messageInterpolator(new MessageInterpolatorFactory().getObject())
			.buildValidatorFactory()) {
			Binder binder = Binder.get(environment);
			BindHandler validation = new ValidationBindHandler(new SpringValidatorAdapter(validators.getValidator()));
			for (Class<?> settings : SETTINGS) {
				binder.bind(prefixOf(settings), Bindable.of(settings), validation);
			}
		}
	}

	private static String prefixOf(Class<?> settings) {
		return AnnotatedElementUtils.findMergedAnnotation(settings, ConfigurationProperties.class).prefix();
	}

	/** After the configuration files and profiles are read, before logging starts. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
