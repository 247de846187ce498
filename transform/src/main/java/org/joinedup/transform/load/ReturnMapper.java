package org.joinedup.transform.load;

import java.nio.file.Path;

import org.joinedup.ingest.detect.FileSample;

import org.joinedup.warehouse.ReturnType;

/**
 * Reads one type of return, applies its rules and maps it to facts. A new return type is
 * one reader in ingest and one of these. Mapping is deterministic, so a restarted load
 * can map the file again and skip what it already wrote.
 */
public interface ReturnMapper {

	ReturnType type();

	/**
	 * Never throws for bad content: an unreadable file gives a rejected return with a
	 * file-level finding.
	 */
	MappedReturn map(Path file, String fileName);

	/**
	 * As {@link #map(Path, String)}, from the sample its type was detected from: a
	 * workbook the detectors opened is read, not opened again. The sample stays open.
	 */
	default MappedReturn map(FileSample sample, String fileName) {
		return map(sample.file(), fileName);
	}

}
