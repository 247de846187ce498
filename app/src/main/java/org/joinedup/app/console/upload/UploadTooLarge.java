package org.joinedup.app.console.upload;

import java.security.Principal;

import org.joinedup.app.console.ConsoleProperties;
import org.joinedup.app.console.audit.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit, refused while the request is read (before any controller
 * runs): the upload page again, saying so.
 */
@ControllerAdvice
@ConditionalOnWebApplication
class UploadTooLarge {

	private final AuditLog audit;

	private final String limit;

	UploadTooLarge(AuditLog audit, ConsoleProperties console) {
		this.audit = audit;
		this.limit = UploadController.shown(console.uploadLimit());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(Principal user) {
		String why = "The upload is larger than the limit of " + limit
				+ ": nothing was stored. Send the files one at a time, or ask an admin to raise "
				+ "joinedup.console.upload-limit.";
		if (user != null) {
			audit.record(user.getName(), Uploads.ACTION, "(over the limit)", null, UploadResult.REFUSED + " " + why);
		}
		ModelAndView page = new ModelAndView("upload", HttpStatus.CONTENT_TOO_LARGE);
		page.addObject("limit", limit);
		page.addObject("error", why);
		return page;
	}

}
