package org.joinedup.app.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.joinedup.app.console.ConsoleServer;
import org.joinedup.app.schedule.NightlyServer;
import org.joinedup.app.schedule.ScheduleProperties;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "serve", mixinStandardHelpOptions = true, description = {
		"Runs the nightly on its schedule until stopped (SIGTERM or Ctrl-C). A fire missed while no serve process "
				+ "ran runs once on start. Stopping lets the current chunk commit and leaves the interrupted job "
				+ "restartable.",
		"The schedule is joinedup.schedule.cron in joinedup.schedule.zone,",
		"by default 0 0 2 * * ? in Europe/London (02:00 every day).",
		"It serves the web console too (see 'joinedup console --help'), unless joinedup.console.enabled=false." },
		exitCodeListHeading = "Exit codes:%n",
		exitCodeList = { "0:stopped (SIGTERM or Ctrl-C)", "1:the scheduler could not start" })
class ServeCommand implements Callable<Integer> {

	private static final DateTimeFormatter NEXT_FIRE = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm z", Locale.UK);

	@Spec
	CommandSpec spec;

	private final NightlyServer server;

	private final ScheduleProperties schedule;

	private final ConsoleServer console;

	ServeCommand(NightlyServer server, ScheduleProperties schedule, ConsoleServer console) {
		this.server = server;
		this.schedule = schedule;
		this.console = console;
	}

	@Override
	public Integer call() throws Exception {
		Date next = server.start();
		server.stopOnSignals();
		PrintWriter out = spec.commandLine().getOut();
		out.printf("Serving: the nightly runs at '%s' (%s); next at %s. Stop with Ctrl-C.%n", schedule.cron(),
				schedule.zone(), NEXT_FIRE.format(next.toInstant().atZone(schedule.zone())));
		if (console.url().isPresent()) {
			console.announce(out);
		}
		out.flush();
		server.awaitStop();
		out.println("Stopped.");
		out.flush();
		return ExitCodes.OK;
	}

}
