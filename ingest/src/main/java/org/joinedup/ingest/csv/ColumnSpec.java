package org.joinedup.ingest.csv;

import java.util.List;

/**
 * What a CSV feed's column is called, what else it may be called, and whether it must be
 * there.
 */
public record ColumnSpec(String header, boolean required, List<String> aliases) {
}
