package org.joinedup.app.settings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.text.ParseException;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.quartz.CronExpression;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A cron expression Quartz accepts, the reason Quartz gives in the message when it does
 * not.
 */
@Documented
@Constraint(validatedBy = QuartzCron.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface QuartzCron {

	String message() default "is not a Quartz cron expression ({reason}); one has seconds minutes hours "
			+ "day-of-month month day-of-week, '?' in one of the two days, e.g. '0 0 2 * * ?'";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<QuartzCron, String> {

		@Override
		public boolean isValid(String expression, ConstraintValidatorContext context) {
			if (expression == null) {
				return true;
			}
			try {
				CronExpression.validateExpression(expression);
				return true;
			}
			catch (ParseException e) {
				// a message parameter, unlike a built template, never interpolates the
				// user's text
				context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("reason", e.getMessage());
				return false;
			}
		}

	}

}
