package org.joinedup.samples.bcf;

/**
 * One scheme row of the Savings sheet: planned savings for the whole year, achieved year
 * to date.
 */
public record Scheme(String id, String name, String type, long planned, long achieved, String status) {

	public Scheme withName(String newName) {
		return new Scheme(id, newName, type, planned, achieved, status);
	}

	public Scheme withAchieved(long newAchieved, String newStatus) {
		return new Scheme(id, name, type, planned, newAchieved, newStatus);
	}
}
