package org.joinedup.app.console.users;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;

import org.joinedup.app.ops.OpsException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console's users, kept in the warehouse ({@code console_user}) with their passwords
 * hashed by bcrypt.
 */
@Component
public class ConsoleUsers implements UserDetailsService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwords;

	ConsoleUsers(JdbcTemplate jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	/** Adds the user, or gives an existing one this role and password; true if added. */
	@Transactional
	public boolean add(String username, Role role, String password) {
		if (username == null || !username.matches("[A-Za-z0-9._@-]{1,100}")) {
			throw new OpsException(
					"A user name is 1 to 100 letters, digits, '.', '_', '@' or '-': '" + username + "' is not.");
		}
		if (password == null || password.length() < 12) {
			throw new OpsException("A console password has at least 12 characters.");
		}
		if (role != Role.ADMIN) {
			refuseRemovingTheLastAdmin(username);
		}
		String hash = passwords.encode(password);
		if (jdbc.update("UPDATE console_user SET password_hash = ?, role = ? WHERE username = ?", hash, role.name(),
				username) == 1) {
			return false;
		}
		jdbc.update("INSERT INTO console_user (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
				username, hash, role.name(), Timestamp.valueOf(LocalDateTime.now()));
		return true;
	}

	/** Removes the user; false if there was none. The last admin is never removed. */
	@Transactional
	public boolean remove(String username) {
		refuseRemovingTheLastAdmin(username);
		return jdbc.update("DELETE FROM console_user WHERE username = ?", username) == 1;
	}

	public List<ConsoleUser> list() {
		return jdbc.query("SELECT username, role, created_at FROM console_user ORDER BY username",
				(rs, i) -> new ConsoleUser(rs.getString(1), Role.valueOf(rs.getString(2)),
						rs.getTimestamp(3).toLocalDateTime()));
	}

	public boolean none() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM console_user", Integer.class) == 0;
	}

	public boolean noAdmin() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM console_user WHERE role = 'ADMIN'", Integer.class) == 0;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return jdbc
			.query("SELECT password_hash, role FROM console_user WHERE username = ?",
					(rs, i) -> User.withUsername(username)
						.password(rs.getString(1))
						.authorities(Role.valueOf(rs.getString(2)).authorities())
						.build(),
					username)
			.stream()
			.findFirst()
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	/** A password of 18 random characters from a URL-safe alphabet. */
	public static String generatePassword() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, 18);
	}

	private void refuseRemovingTheLastAdmin(String username) {
		List<String> admins = jdbc.queryForList("SELECT username FROM console_user WHERE role = 'ADMIN'", String.class);
		if (admins.equals(List.of(username))) {
			throw new OpsException("'" + username + "' is the console's only ADMIN: add another admin first.");
		}
	}

}
