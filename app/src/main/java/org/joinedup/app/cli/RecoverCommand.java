package org.joinedup.app.cli;

import java.util.concurrent.Callable;

import org.joinedup.app.ops.JobControl;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "recover", mixinStandardHelpOptions = true,
		description = {
				"Marks a job execution left STARTED by a process that died (killed, out of memory, power cut) "
						+ "as FAILED, so that 'joinedup restart ID' can resume it.",
				"Refused while the process that runs it is alive. Each execution records the host and PID of its "
						+ "process; from another host that cannot be checked, and --force is needed." },
		exitCodeListHeading = "Exit codes:%n",
		exitCodeList = { "0:marked FAILED", "2:no such execution, not running, or its process is alive" })
class RecoverCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "ID", description = "The execution's ID (see 'joinedup jobs --status STARTED').")
	long id;

	@Option(names = "--force", description = "Recover even though its process, on another host, cannot be checked.")
	boolean force;

	private final JobControl control;

	RecoverCommand(JobControl control) {
		this.control = control;
	}

	@Override
	public Integer call() {
		control.recover(id, force);
		spec.commandLine()
			.getOut()
			.println("Execution " + id + " is marked FAILED: resume it with 'joinedup restart " + id + "'.");
		return ExitCodes.OK;
	}

}
