package org.joinedup.app.settings;

import java.lang.annotation.ElementType;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.hibernate.validator.HibernateValidator;

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
import org.springframework.util.function.SingletonSupplier;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Path.Node;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

/**
 * Checks every joinedup setting against its constraints before anything uses one: before
 * the log file is opened under {@code joinedup.home} and before the warehouse is. A bad
 * value fails the start with Spring Boot's report naming the setting, its value, where it
 * came from (the option, environment variable or file) and the rule it breaks. Spring
 * checks the same constraints again when it binds the settings.
 * <p>
 * The validator is Hibernate Validator named directly (no provider lookup), without
 * {@code META-INF/validation.xml}, JPA's traversable resolver or, until a setting breaks
 * a rule, a message interpolator: what a good start would make for nothing.
 */
public class SettingsCheck implements EnvironmentPostProcessor, Ordered {

	/** joinedup's configuration properties records: a new one belongs here too. */
	private static final List<Class<?>> SETTINGS = List.of(JoinedupProperties.class, ScheduleProperties.class);

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		try (ValidatorFactory validators = Validation.byProvider(HibernateValidator.class)
			.configure()
			.ignoreXmlConfiguration()
			.traversableResolver(EVERYTHING_TRAVERSABLE)
			.messageInterpolator(new OnFirstMessage(() -> new MessageInterpolatorFactory().getObject()))
			.buildValidatorFactory()) {
			Binder binder = Binder.get(environment);
			BindHandler validation = new ValidationBindHandler(new SpringValidatorAdapter(validators.getValidator()));
			for (Class<?> settings : SETTINGS) {
				binder.bind(prefixOf(settings), Bindable.of(settings), validation);
			}
		}
	}

	/**
	 * Settings are plain values, not persistent entities: every property is reachable and
	 * cascadable, with no look for JPA on the class path.
	 */
	private static final TraversableResolver EVERYTHING_TRAVERSABLE = new TraversableResolver() {

		@Override
		public boolean isReachable(Object bean, Node property, Class<?> rootBean, Path path, ElementType type) {
			return true;
		}

		@Override
		public boolean isCascadable(Object bean, Node property, Class<?> rootBean, Path path, ElementType type) {
			return true;
		}

	};

	/**
	 * Spring Boot's message interpolator (messages with expressions, such as
	 * {@code @DecimalMin}'s), made only when a setting breaks a rule: a good start never
	 * needs one.
	 */
	private static final class OnFirstMessage implements MessageInterpolator {

		private final SingletonSupplier<MessageInterpolator> interpolator;

		OnFirstMessage(Supplier<MessageInterpolator> interpolator) {
			this.interpolator = SingletonSupplier.of(interpolator);
		}

		@Override
		public String interpolate(String template, Context context) {
			return this.interpolator.obtain().interpolate(template, context);
		}

		@Override
		public String interpolate(String template, Context context, Locale locale) {
			return this.interpolator.obtain().interpolate(template, context, locale);
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
