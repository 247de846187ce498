package org.joinedup.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.joinedup.app.cli.Cli;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code joinedup users add|remove|list}, and the first admin the console creates when
 * the warehouse has none.
 */
class UsersCommandTest extends ConsoleTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	ConsoleServer console;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void addsListsAndRemovesUsersWithoutEverShowingAPasswordTwice() {
		Cli.Result added = Cli.run(context, "users", "add", "una", "--role", "viewer", "--password",
				"una's long password");
		assertThat(added.exitCode()).as(added.err()).isZero();
		assertThat(added.out()).isEqualTo("Added una (VIEWER)\n");

		Cli.Result generated = Cli.run(context, "users", "add", "gus", "--role", "SUBMITTER");
		assertThat(generated.out())
			.matches("Added gus \\(SUBMITTER\\) with the password \\S{18} \\(shown only this once\\)\n");

		Cli.Result list = Cli.run(context, "users", "list");
		assertThat(list.out()).containsPattern("una\\s+VIEWER")
			.containsPattern("gus\\s+SUBMITTER")
			.doesNotContain("bcrypt");

		Cli.Result changed = Cli.run(context, "users", "add", "una", "--role", "SUBMITTER", "--password",
				"another long password");
		assertThat(changed.out()).startsWith("Updated una (SUBMITTER)");

		assertThat(Cli.run(context, "users", "remove", "una").out()).isEqualTo("Removed una.\n");
		Cli.Result again = Cli.run(context, "users", "remove", "una");
		assertThat(again.exitCode()).isEqualTo(2);
		assertThat(again.err()).contains("There is no console user 'una'");
	}

	@Test
	void refusesShortPasswordsBadNamesAndUnknownRolesInPlainWords() {
		Cli.Result shortPassword = Cli.run(context, "users", "add", "pat", "--role", "ADMIN", "--password", "short");
		assertThat(shortPassword.exitCode()).isEqualTo(2);
		assertThat(shortPassword.err()).contains("at least 12 characters");
		Cli.Result badName = Cli.run(context, "users", "add", "pat smith", "--role", "ADMIN", "--password",
				"a long enough password");
		assertThat(badName.err()).contains("'pat smith' is not");
		Cli.Result badRole = Cli.run(context, "users", "add", "pat", "--role", "OWNER");
		assertThat(badRole.exitCode()).isEqualTo(2);
		assertThat(badRole.err()).contains("OWNER").contains("VIEWER, SUBMITTER, ADMIN");
	}

	@Test
	void theConsoleCreatesTheFirstAdminOnceAndTheLastAdminIsNeverRemoved() {
		jdbc.update("DELETE FROM console_user WHERE role = 'ADMIN'");
		StringWriter first = new StringWriter();
		console.announce(new PrintWriter(first, true));
		assertThat(first.toString())
			.containsPattern(
					"'admin' \\(ADMIN\\) was created with the password \\S{18} " + "\\(shown only this once\\)")
			.contains("Console: http://127.0.0.1:");

		StringWriter second = new StringWriter();
		console.announce(new PrintWriter(second, true));
		assertThat(second.toString()).doesNotContain("password");

		jdbc.update("DELETE FROM console_user WHERE role = 'ADMIN' AND username <> 'admin'");
		Cli.Result last = Cli.run(context, "users", "remove", "admin");
		assertThat(last.exitCode()).isEqualTo(2);
		assertThat(last.err()).contains("only ADMIN");
	}

}
