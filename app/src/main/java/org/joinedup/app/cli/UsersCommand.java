package org.joinedup.app.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.joinedup.app.console.users.ConsoleUser;
import org.joinedup.app.console.users.ConsoleUsers;
import org.joinedup.app.console.users.Role;
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
@Command(name = "users", mixinStandardHelpOptions = true,
		description = { "The web console's users and their roles, kept in the warehouse (passwords as bcrypt hashes).",
				"VIEWER reads every page and downloads; SUBMITTER also uploads returns; ADMIN also acts "
						+ "(restart, rerun, regenerate, run the nightly, pause the schedule)." },
		subcommands = { UsersCommand.Add.class, UsersCommand.Remove.class, UsersCommand.ListUsers.class })
class UsersCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().getErr().println("Name what to do: 'joinedup users add|remove|list'.");
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.USAGE;
	}

	@Component
	@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
	@Command(name = "add", mixinStandardHelpOptions = true,
			description = "Adds a console user, or gives an existing one a new role and password.")
	static class Add implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(paramLabel = "NAME", description = "the user name: letters, digits, '.', '_', '@', '-'")
		String username;

		@Option(names = "--role", required = true, paramLabel = "ROLE", description = "VIEWER, SUBMITTER or ADMIN")
		Role role;

		@Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
				description = "at least 12 characters; --password alone asks for it without echo; "
						+ "left out, one is generated and printed once")
		String password;

		private final ConsoleUsers users;

		Add(ConsoleUsers users) {
			this.users = users;
		}

		@Override
		public Integer call() {
			boolean generated = password == null || password.isEmpty();
			String chosen = generated ? ConsoleUsers.generatePassword() : password;
			boolean added = users.add(username, role, chosen);
			PrintWriter out = spec.commandLine().getOut();
			out.printf("%s %s (%s)%s%n", added ? "Added" : "Updated", username, role,
					generated ? " with the password " + chosen + " (shown only this once)" : "");
			return ExitCodes.OK;
		}

	}

	@Component
	@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
	@Command(name = "remove", mixinStandardHelpOptions = true,
			description = "Removes a console user (never the last ADMIN).")
	static class Remove implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(paramLabel = "NAME")
		String username;

		private final ConsoleUsers users;

		Remove(ConsoleUsers users) {
			this.users = users;
		}

		@Override
		public Integer call() {
			if (!users.remove(username)) {
				spec.commandLine().getErr().println("There is no console user '" + username + "'.");
				return ExitCodes.USAGE;
			}
			spec.commandLine().getOut().println("Removed " + username + ".");
			return ExitCodes.OK;
		}

	}

	@Component
	@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
	@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the console users and their roles.")
	static class ListUsers implements Callable<Integer> {

		private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

		@Spec
		CommandSpec spec;

		private final ConsoleUsers users;

		ListUsers(ConsoleUsers users) {
			this.users = users;
		}

		@Override
		public Integer call() {
			List<ConsoleUser> all = users.list();
			PrintWriter out = spec.commandLine().getOut();
			if (all.isEmpty()) {
				out.println("No console users yet: 'joinedup console' creates the first admin.");
				return ExitCodes.OK;
			}
			out.printf("%-30s %-10s %s%n", "USER", "ROLE", "ADDED");
			all.forEach(u -> out.printf("%-30s %-10s %s%n", u.username(), u.role(), ADDED.format(u.createdAt())));
			return ExitCodes.OK;
		}

	}

}
