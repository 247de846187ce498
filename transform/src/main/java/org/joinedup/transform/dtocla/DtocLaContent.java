package org.joinedup.transform.dtocla;

import java.util.List;
import java.util.Map;

import org.joinedup.ingest.finding.Finding;

/**
 * What an LA workbook holds, read but not yet checked: the LA sheets found, the England
 * sheet (null when absent or without its header) and what the reader could not make sense
 * of.
 */
record DtocLaContent(Map<LaBreakdown, LaTable> tables, EnglandSheet england, List<Finding> findings) {
}
