package org.joinedup.report.query;

/**
 * An area of the current areas reference; its population 65+ from ONS's estimates where
 * loaded.
 */
public record Area(String onsCode, String name, String region, Long population65) {
}
