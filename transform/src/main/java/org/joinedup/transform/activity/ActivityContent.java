package org.joinedup.transform.activity;

import java.util.List;

import org.joinedup.ingest.finding.Finding;

/**
 * What a monthly activity workbook's Commissioner sheet holds, read but not checked:
 * {@code england} is null when the sheet has no England row; {@code findings} holds what
 * the reader could not make sense of (no such sheet, no header row).
 */
record ActivityContent(ActivityRow england, List<ActivityRow> commissioners, List<Finding> findings) {
}
