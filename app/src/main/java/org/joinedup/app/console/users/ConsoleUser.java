package org.joinedup.app.console.users;

import java.time.LocalDateTime;

/** A console user as listed: never their password. */
public record ConsoleUser(String username, Role role, LocalDateTime createdAt) {
}
