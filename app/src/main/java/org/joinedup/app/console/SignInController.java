package org.joinedup.app.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@ConditionalOnWebApplication
class SignInController {

	@GetMapping("/login")
	String signIn() {
		return "login";
	}

}
