package org.joinedup.app.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Who may do what in the console: every page needs a signed-in user, except the sign-in
 * page, its styles and scripts and the health endpoint (for local monitoring). The upload
 * page and its action need SUBMITTER; every other action (any POST) needs ADMIN. Spring
 * Security's CSRF protection is on for every action, sign-out included.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleSecurityConfiguration {

	@Bean
	SecurityFilterChain console(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/console/**", "/webjars/**", "/error", "/actuator/health",
					"/actuator/health/**")
			.permitAll()
			.requestMatchers("/upload")
			.hasRole("SUBMITTER")
			.requestMatchers(HttpMethod.POST, "/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/runs", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?signedOut"));
		return http.build();
	}

	/**
	 * A request the firewall refuses (an encoded slash, a {@code ..} segment) names
	 * nothing the console has: not found, as for any other unknown address.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new HttpStatusRequestRejectedHandler(HttpStatus.NOT_FOUND.value());
	}

}
