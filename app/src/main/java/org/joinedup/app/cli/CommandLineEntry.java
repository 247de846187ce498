package org.joinedup.app.cli;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Runs the command given on the command line once the application has started. Spring's
 * own options ({@code --spring.*}, {@code --joinedup.*}, {@code --logging.*}) are left to
 * Spring.
 */
@Component
@ConditionalOnProperty(name = "joinedup.cli.enabled", matchIfMissing = true)
class CommandLineEntry implements CommandLineRunner, ExitCodeGenerator {

	private final ApplicationContext context;

	private int exitCode;

	CommandLineEntry(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void run(String... args) {
		exitCode = JoinedupCommand.commandLine(new SpringCommandFactory(context))
			.execute(BeforeSpring.commandArgs(args));
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
