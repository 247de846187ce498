package org.joinedup.app.console.audit;

import java.time.LocalDateTime;

/** One console action: who took it, when, on what, and how it ended. */
public record AuditEntry(long id, LocalDateTime at, String username, String action, String target, Long jobExecutionId,
		String outcome) {
}
