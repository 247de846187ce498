package org.joinedup.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.joinedup.app.console.users.ConsoleUsers;
import org.joinedup.app.console.users.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may see and do what: anonymous requests are sent to sign in, a VIEWER may read but
 * take no action, no action is taken without a CSRF token, and sign-in checks the
 * warehouse's bcrypt hashes.
 */
class ConsoleSecurityTest extends ConsoleTestSupport {

	/** Every action the console offers: each needs a role above VIEWER. */
	static final List<String> ACTIONS = List.of("/runs/1/restart", "/runs/1/stop", "/runs/1/abandon", "/runs/1/recover",
			"/runs/1/rerun", "/runs/restart-failures", "/upload", "/quarters/regenerate", "/schedule/run",
			"/schedule/pause", "/schedule/resume");

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsoleUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAnonymousRequestIsSentToSignIn() throws Exception {
		mvc.perform(get("/runs")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in")));
		mvc.perform(post("/runs/1/restart").with(csrf())).andExpect(status().isFound());
	}

	@Test
	void theHealthEndpointIsOpenAndTheMetricsAreNot() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isFound());
	}

	@Test
	void aViewerReadsButEveryActionIsForbidden() throws Exception {
		mvc.perform(get("/runs").with(user("val").roles("VIEWER"))).andExpect(status().isOk());
		for (String action : ACTIONS) {
			mvc.perform(post(action).with(user("val").roles("VIEWER")).with(csrf())).andExpect(status().isForbidden());
		}
	}

	@Test
	void anActionWithoutACsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/runs/1/restart").with(user("ada").roles("ADMIN", "SUBMITTER", "VIEWER")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(user("ada").roles("ADMIN"))).andExpect(status().isForbidden());
	}

	@Test
	void signInChecksTheWarehousesHashes() throws Exception {
		users.add("sam", Role.SUBMITTER, "correct horse battery");
		assertThat(jdbc.queryForObject("SELECT password_hash FROM console_user WHERE username = 'sam'", String.class))
			.startsWith("{bcrypt}")
			.doesNotContain("correct horse");
		mvc.perform(formLogin().user("sam").password("wrong password here")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin().user("sam").password("correct horse battery")).andExpect(redirectedUrl("/runs"));
	}

}
