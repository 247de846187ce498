package org.joinedup.app.console;

import java.io.PrintWriter;
import java.util.Optional;

import org.joinedup.app.console.users.ConsoleUsers;
import org.joinedup.app.console.users.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The console as {@code serve} and {@code console} announce it: where it listens, and on
 * a warehouse without an admin, the first one (its password from
 * {@code joinedup.console.admin-password}, or generated and printed this once).
 */
@Component
public class ConsoleServer {

	static final String FIRST_ADMIN = "admin";

	private final ApplicationContext context;

	private final ConsoleUsers users;

	private final ConsoleProperties properties;

	ConsoleServer(ApplicationContext context, ConsoleUsers users, ConsoleProperties properties) {
		this.context = context;
		this.users = users;
		this.properties = properties;
	}

	/** The console's address, or empty when this process serves none. */
	public Optional<String> url() {
		if (!(context instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return Optional.empty();
		}
		return Optional.of("http://" + properties.address() + ":" + web.getWebServer().getPort() + "/");
	}

	/** Prints where the console is, creating the first admin if there is no user yet. */
	public void announce(PrintWriter out) {
		String url = url().orElseThrow();
		if (users.noAdmin()) {
			boolean given = properties.adminPassword() != null && !properties.adminPassword().isBlank();
			String password = given ? properties.adminPassword() : ConsoleUsers.generatePassword();
			users.add(FIRST_ADMIN, Role.ADMIN, password);
			out.printf("Console: no ADMIN yet, so '%s' (ADMIN) was created with %s.%n", FIRST_ADMIN,
					given ? "the password in joinedup.console.admin-password"
							: "the password " + password + " (shown only this once)");
		}
		out.printf("Console: %s (sign in; 'joinedup users add' adds users)%n", url);
		out.flush();
	}

}
