package org.joinedup.app.console.upload;

import java.security.Principal;
import java.util.Map;

import org.joinedup.app.console.ConsoleProperties;
import org.joinedup.app.console.audit.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An upload over the limit: the server refuses it while reading the request, before any
 * controller runs, and answers 413 through the error page; a browser gets the upload page
 * again, saying so.
 */
@Component
@ConditionalOnWebApplication
class UploadTooLarge implements ErrorViewResolver {

	private final AuditLog audit;

	private final String limit;

	UploadTooLarge(AuditLog audit, ConsoleProperties console) {
		this.audit = audit;
		this.limit = UploadController.shown(console.uploadLimit());
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (status != HttpStatus.CONTENT_TOO_LARGE || !"/upload".equals(model.get("path"))) {
			return null;
		}
		String why = "The upload is larger than the limit of " + limit
				+ ": nothing was stored. Send the files one at a time, or ask an admin to raise "
				+ "joinedup.console.upload-limit.";
		Principal user = request.getUserPrincipal();
		if (user != null) {
			audit.record(user.getName(), Uploads.ACTION, "(over the limit)", null, UploadResult.REFUSED + " " + why);
		}
		ModelAndView page = new ModelAndView("upload", status);
		page.addObject("limit", limit);
		page.addObject("error", why);
		return page;
	}

}
