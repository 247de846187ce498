package org.joinedup.samples.bcf;

/**
 * One file of the inbox: where it goes (relative to the output root), what it says and
 * how it looks.
 */
public record Submission(String path, BcfReturn content, Layout layout, String note) {
}
