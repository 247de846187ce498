package org.joinedup.app.console;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import org.joinedup.app.console.users.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The signed-in user's role, shown beside their name on every page. */
@ControllerAdvice
@ConditionalOnWebApplication
class SignedInRole {

	@ModelAttribute("role")
	Role role(Authentication authentication) {
		if (authentication == null) {
			return null;
		}
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return Arrays.stream(Role.values())
			.filter(r -> authorities.contains("ROLE_" + r.name()))
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

}
