package org.joinedup.app.console.quarters;

/**
 * The quarters to regenerate, as the admin wrote them ({@code from} equal to {@code to}
 * for one), and which of them: missing, failed or all, as {@code joinedup backfill
 * --only}.
 */
public record RegenerateRequest(String from, String to, String only) {

}
