package org.joinedup.app.console;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes the application a web application only for the commands that serve the console
 * ({@code serve}, unless {@code joinedup.console.enabled} is false, and {@code console}):
 * every other command starts without a web server, as before.
 */
public class ConsoleSwitch implements EnvironmentPostProcessor, Ordered {

	/**
	 * The command being run, set by {@code JoinedupApplication} from the command line.
	 */
	public static final String COMMAND = "joinedup.command";

	private static final Set<String> SERVING = Set.of("serve", "console");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (SERVING.contains(environment.getProperty(COMMAND, ""))
				&& environment.getProperty("joinedup.console.enabled", Boolean.class, true)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("joinedupConsole",
						Map.of("spring.main.web-application-type", "servlet")));
		}
	}

	/** After the configuration files are read, which may switch the console off. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
