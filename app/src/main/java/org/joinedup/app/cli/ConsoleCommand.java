package org.joinedup.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.joinedup.app.console.ConsoleServer;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import sun.misc.Signal;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "console", mixinStandardHelpOptions = true, description = {
		"Serves the web console without the nightly's schedule, until stopped (SIGTERM or Ctrl-C).",
		"It listens on joinedup.console.address and joinedup.console.port (default 127.0.0.1:8080). On a warehouse "
				+ "without an ADMIN user it creates 'admin' with the password in joinedup.console.admin-password, "
				+ "or a generated one printed this once.",
		"'joinedup serve' serves it too, beside the schedule." }, exitCodeListHeading = "Exit codes:%n",
		exitCodeList = { "0:stopped (SIGTERM or Ctrl-C)", "1:the console could not start",
				"2:the console is switched off (joinedup.console.enabled=false)" })
class ConsoleCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	private final ConsoleServer console;

	ConsoleCommand(ConsoleServer console) {
		this.console = console;
	}

	@Override
	public Integer call() throws InterruptedException {
		if (console.url().isEmpty()) {
			spec.commandLine().getErr().println("The console is switched off (joinedup.console.enabled=false).");
			return ExitCodes.USAGE;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		for (String name : new String[] { "TERM", "INT" }) {
			Signal.handle(new Signal(name), signal -> stopped.countDown());
		}
		console.announce(spec.commandLine().getOut());
		spec.commandLine().getOut().println("Stop with Ctrl-C.");
		spec.commandLine().getOut().flush();
		stopped.await();
		spec.commandLine().getOut().println("Stopped.");
		spec.commandLine().getOut().flush();
		return ExitCodes.OK;
	}

}
