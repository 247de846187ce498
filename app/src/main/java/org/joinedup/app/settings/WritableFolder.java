package org.joinedup.app.settings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A folder joinedup writes in: one that is there and writable, or that can be made (its
 * nearest existing parent is a writable folder). A file at that path is refused.
 */
@Documented
@Constraint(validatedBy = WritableFolder.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface WritableFolder {

	String message() default "must be a folder joinedup can write in, or a path where one can be made; not a file";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<WritableFolder, Path> {

		@Override
		public boolean isValid(Path path, ConstraintValidatorContext context) {
			if (path == null) {
				return true;
			}
			Path existing = path.toAbsolutePath();
			while (existing != null && !Files.exists(existing)) {
				existing = existing.getParent();
			}
			return existing != null && Files.isDirectory(existing) && Files.isWritable(existing);
		}

	}

}
